package dev.oms.order.messaging.outbox;

import dev.oms.events.EventEnvelope;
import dev.oms.events.EventPayload;
import dev.oms.order.messaging.EventCodec;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * Records events for publishing. Must be called inside the transaction that makes the change, so the change and its
 * events commit or roll back together; the {@link OutboxRelay} publishes them afterwards.
 */
@ApplicationScoped
public class Outbox {

    private final OutboxRepository rows;
    private final OutboxRelay relay;
    private final EventCodec codec;
    private final Clock clock;

    public Outbox(OutboxRepository rows, OutboxRelay relay, EventCodec codec, Clock clock) {
        this.rows = rows;
        this.relay = relay;
        this.codec = codec;
        this.clock = clock;
    }

    /**
     * Runs a unit of work in a transaction (or in the caller's, if one is open) and, once it has committed, wakes the
     * relay so the events it recorded leave at once rather than at the next poll.
     */
    public <T> Uni<T> transaction(Supplier<Uni<T>> work) {
        return Panache.withTransaction(work).invoke(relay::requestRun);
    }

    public Uni<Void> append(
            List<? extends EventPayload> events, String aggregateId, long aggregateVersion, String correlationId) {
        return Multi.createFrom()
                .iterable(events)
                .onItem()
                .transformToUniAndConcatenate(event -> append(event, aggregateId, aggregateVersion, correlationId))
                .collect()
                .last()
                .replaceWithVoid();
    }

    private Uni<Void> append(EventPayload payload, String aggregateId, long aggregateVersion, String correlationId) {
        var envelope = EventEnvelope.wrap(payload, aggregateId, aggregateVersion, correlationId, clock.instant());
        var row = new OutboxEvent();
        row.eventId = envelope.eventId();
        row.eventType = envelope.type();
        row.aggregateId = aggregateId;
        row.envelope = codec.encode(envelope);
        row.occurredAt = envelope.occurredAt();
        row.traceParent = TraceParent.ofCurrentSpan();
        return rows.persist(row).replaceWithVoid();
    }
}
