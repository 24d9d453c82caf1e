package dev.oms.platform.messaging.outbox;

import dev.oms.platform.messaging.Purge;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;

/** Deletes published outbox rows once they are older than {@code oms.outbox.retention}. */
@ApplicationScoped
public class OutboxHousekeeping {

    /** Published outbox rows, by when they were published. */
    public static final Purge.Expiring PUBLISHED_EVENTS =
            new Purge.Expiring("OutboxEvent", "publishedAt", "sequenceNumber");

    private final Clock clock;
    private final Duration retention;

    public OutboxHousekeeping(Clock clock, OutboxSettings settings) {
        this.clock = clock;
        this.retention = settings.retention();
    }

    @Scheduled(
            every = "${oms.housekeeping.interval}",
            delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> purge() {
        return Purge.run(
                "published outbox rows",
                () -> Purge.olderThan(PUBLISHED_EVENTS, clock.instant().minus(retention)));
    }
}
