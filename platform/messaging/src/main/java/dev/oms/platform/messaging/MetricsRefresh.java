package dev.oms.platform.messaging;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/**
 * How often gauges that need the database (e.g. {@code oms.outbox.pending}) are counted
 * ({@code oms.metrics.refresh-interval}); a scrape reads the last count and never queries the database. Its default
 * is in this library's {@code META-INF/microprofile-config.properties}: {@code @Scheduled} reads it by name.
 */
@ConfigMapping(prefix = "oms.metrics")
public interface MetricsRefresh {

    Duration refreshInterval();
}
