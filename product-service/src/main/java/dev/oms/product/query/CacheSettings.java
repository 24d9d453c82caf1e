package dev.oms.product.query;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/**
 * How long cached reads may live without an event refreshing them ({@code oms.cache.*}). The cache configuration in
 * application.properties reads them by name (so their defaults are there); declaring them here checks them at start.
 */
@ConfigMapping(prefix = "oms.cache")
public interface CacheSettings {

    Duration productTtl();

    Duration listTtl();
}
