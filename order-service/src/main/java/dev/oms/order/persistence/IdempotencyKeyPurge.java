package dev.oms.order.persistence;

import dev.oms.platform.messaging.Purge;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
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

    private final IdempotencyRecords records;
    private final Clock clock;
    private final Duration retention;

    public IdempotencyKeyPurge(IdempotencyRecords records, Clock clock, IdempotencySettings settings) {
        this.records = records;
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

    /** Deletes the keys created before now minus the retention; answers how many. */
    public Uni<Long> purgeExpired() {
        var cutoff = clock.instant().minus(retention);
        return Panache.withTransaction(() -> records.deleteCreatedBefore(cutoff))
                .invoke(count -> {
                    if (count > 0) {
                        Log.infof("Purged %d idempotency keys created before %s", count, cutoff);
                    }
                });
    }
}
