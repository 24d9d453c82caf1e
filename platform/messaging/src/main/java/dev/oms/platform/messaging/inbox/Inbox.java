package dev.oms.platform.messaging.inbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;

/** Remembers which events each consumer has processed. */
@ApplicationScoped
public class Inbox {

    private final Clock clock;

    public Inbox(Clock clock) {
        this.clock = clock;
    }

    /**
     * Records the event for the consumer, inside the caller's transaction, and says whether this is its first
     * delivery. The row is inserted at once: a duplicate being processed at the same moment elsewhere waits on it and
     * then fails on the primary key, is retried, and finds it.
     */
    public Uni<Boolean> firstDelivery(String consumer, UUID eventId) {
        var key = new InboxMessage.Key(consumer, eventId);
        return Panache.getSession()
                .chain(session -> session.find(InboxMessage.class, key).chain(seen -> {
                    if (seen != null) {
                        return Uni.createFrom().item(false);
                    }
                    return session.persist(new InboxMessage(consumer, eventId, clock.instant()))
                            .chain(session::flush)
                            .replaceWith(true);
                }));
    }
}
