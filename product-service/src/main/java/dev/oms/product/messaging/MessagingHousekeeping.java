package dev.oms.product.messaging;

import dev.oms.product.messaging.inbox.Inbox;
import dev.oms.product.messaging.outbox.OutboxRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the outbox and the inbox small: published outbox rows and remembered inbox events are deleted after their
 * retention period. The inbox retention is the window in which a duplicate is recognised; it must be longer than any
 * redelivery can take.
 */
@ApplicationScoped
public class MessagingHousekeeping {

    private final OutboxRepository outbox;
    private final Inbox inbox;
    private final Clock clock;
    private final Duration outboxRetention;
    private final Duration inboxRetention;

    public MessagingHousekeeping(OutboxRepository outbox, Inbox inbox, Clock clock,
            @ConfigProperty(name = "oms.outbox.retention", defaultValue = "P7D") Duration outboxRetention,
            @ConfigProperty(name = "oms.inbox.retention", defaultValue = "P14D") Duration inboxRetention) {
        this.outbox = outbox;
        this.inbox = inbox;
        this.clock = clock;
        this.outboxRetention = outboxRetention;
        this.inboxRetention = inboxRetention;
    }

    @Scheduled(every = "${oms.housekeeping.interval:10m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> purge() {
        var now = clock.instant();
        return Panache.withTransaction(() -> outbox.deletePublishedBefore(now.minus(outboxRetention))
                        .chain(rows -> inbox.forgetProcessedBefore(now.minus(inboxRetention))
                                .invoke(events -> Log.debugf("Purged %d outbox rows and %d inbox events", rows,
                                        events))))
                .replaceWithVoid()
                .onFailure().invoke(e -> Log.warnf("Messaging housekeeping failed, will retry: %s", e.getMessage()))
                .onFailure().recoverWithNull();
    }
}
