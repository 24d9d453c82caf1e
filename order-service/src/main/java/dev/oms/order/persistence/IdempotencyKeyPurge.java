package dev.oms.order.persistence;

import dev.oms.platform.messaging.Purge;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;

/**
 * Forgets idempotency keys older than the retention period ({@code oms.idempotency.retention}). A key is honoured for
 * at least that long; after the purge, the same key places a new order.
 */
@ApplicationScoped
public class IdempotencyKeyPurge {

    /** Idempotency keys, by when they were created. */
    static final Purge.Expiring EXPIRED_KEYS = new Purge.Expiring("IdempotencyRecord", "createdAt", "id");

    private final Clock clock;
    private final Duration retention;

    public IdempotencyKeyPurge(Clock clock, IdempotencySettings settings) {
        this.clock = clock;
        this.retention = settings.retention();
    }

    @Scheduled(
            every = "${oms.idempotency.purge-interval}",
            delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> purge() {
        return Purge.run("expired idempotency keys", this::purgeExpired);
    }

    /** Deletes the keys created before now minus the retention, in batches; answers how many. */
    public Uni<Purge.Purged> purgeExpired() {
        return Purge.olderThan(EXPIRED_KEYS, clock.instant().minus(retention));
    }
}
