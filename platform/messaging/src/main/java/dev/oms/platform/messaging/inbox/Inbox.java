package dev.oms.platform.messaging.inbox;

import dev.oms.platform.query.InList;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** Remembers which events each consumer has processed. */
@ApplicationScoped
public class Inbox {

    /** Which of these events the consumer has already processed (rendered for SQL Server by a test). */
    static final String ALREADY_PROCESSED =
            "select m.key.eventId from InboxMessage m where m.key.consumer = :consumer and m.key.eventId in (:events)";

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

    /**
     * As {@link #firstDelivery} for several events at once, with one query and one flush: records those the consumer
     * has not processed yet and returns them, in the order given.
     */
    public Uni<Set<UUID>> firstDeliveries(String consumer, Collection<UUID> eventIds) {
        var fresh = new LinkedHashSet<>(eventIds);
        if (fresh.isEmpty()) {
            return Uni.createFrom().item(fresh);
        }
        var query = InList.expand(ALREADY_PROCESSED, "events", fresh).with("consumer", consumer);
        return Panache.getSession().chain(session -> {
            var alreadyProcessed = session.createSelectionQuery(query.query(), UUID.class);
            query.parameters().forEach(alreadyProcessed::setParameter);
            return alreadyProcessed.getResultList().chain(seen -> {
                seen.forEach(fresh::remove);
                var now = clock.instant();
                var rows = fresh.stream()
                        .map(eventId -> new InboxMessage(consumer, eventId, now))
                        .toArray();
                return session.persistAll(rows).chain(session::flush).replaceWith(fresh);
            });
        });
    }
}
