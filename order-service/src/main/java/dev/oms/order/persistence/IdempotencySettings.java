package dev.oms.order.persistence;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/**
 * How long an Idempotency-Key is honoured and how often expired ones are purged ({@code oms.idempotency.*}; defaults in
 * application.properties, where {@code @Scheduled} reads the interval by name).
 */
@ConfigMapping(prefix = "oms.idempotency")
public interface IdempotencySettings {

    Duration retention();

    Duration purgeInterval();
}
