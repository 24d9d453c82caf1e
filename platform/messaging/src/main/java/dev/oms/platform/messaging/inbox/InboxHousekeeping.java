package dev.oms.platform.messaging.inbox;

import dev.oms.platform.messaging.Purge;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;

/**
 * Forgets processed events once they are older than {@code oms.inbox.retention}: the window in which a duplicate is
 * recognised, which must be longer than any redelivery can take.
 */
@ApplicationScoped
public class InboxHousekeeping {

    /** Remembered events, by when they were processed; an event id is shared only by rows of one delivery. */
    public static final Purge.Expiring PROCESSED_EVENTS =
            new Purge.Expiring("InboxMessage", "processedAt", "key.eventId");

    private final Clock clock;
    private final Duration retention;

    public InboxHousekeeping(Clock clock, InboxSettings settings) {
        this.clock = clock;
        this.retention = settings.retention();
    }

    @Scheduled(
            every = "${oms.housekeeping.interval}",
            delayed = "45s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> purge() {
        return Purge.run(
                "processed events from the inbox",
                () -> Purge.olderThan(PROCESSED_EVENTS, clock.instant().minus(retention)));
    }
}
