package dev.oms.platform.messaging;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/**
 * How often published outbox rows and remembered inbox events older than their retention are deleted
 * ({@code oms.housekeeping.interval}). {@code @Scheduled} reads it by name, which a mapping's default does not reach,
 * so its default is in this library's {@code META-INF/microprofile-config.properties}; this checks it at start-up.
 */
@ConfigMapping(prefix = "oms.housekeeping")
public interface Housekeeping {

    Duration interval();
}
