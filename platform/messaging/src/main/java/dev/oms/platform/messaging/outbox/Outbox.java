package dev.oms.platform.messaging.outbox;

import dev.oms.events.EventEnvelope;
import dev.oms.events.EventPayload;
import dev.oms.platform.messaging.EventCodec;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Records events for publishing. Must be called inside the transaction that makes the change (a {@link
 * dev.oms.platform.messaging.UnitOfWork}), so the change and its events commit or roll back together; the
 * {@link OutboxRelay} publishes them afterwards.
 */
@ApplicationScoped
public class Outbox {

    private final OutboxRepository rows;
    private final EventCodec codec;
    private final Clock clock;
    private final OutboxTrace trace;

    public Outbox(OutboxRepository rows, EventCodec codec, Clock clock, OutboxTrace trace) {
        this.rows = rows;
        this.codec = codec;
        this.clock = clock;
        this.trace = trace;
    }

    public Uni<Void> append(
            List<? extends EventPayload> events, String aggregateId, long aggregateVersion, String correlationId) {
        return append(events, aggregateId, aggregateVersion, correlationId, clock.instant());
    }

    /** As above, with the time the change happened (e.g. the aggregate's new updatedAt) as the events' occurredAt. */
    public Uni<Void> append(
            List<? extends EventPayload> events,
            String aggregateId,
            long aggregateVersion,
            String correlationId,
            Instant occurredAt) {
        return Multi.createFrom()
                .iterable(events)
                .onItem()
                .transformToUniAndConcatenate(
                        event -> append(event, aggregateId, aggregateVersion, correlationId, occurredAt))
                .collect()
                .last()
                .replaceWithVoid();
    }

    private Uni<Void> append(
            EventPayload payload, String aggregateId, long aggregateVersion, String correlationId, Instant occurredAt) {
        var envelope = EventEnvelope.wrap(payload, aggregateId, aggregateVersion, correlationId, occurredAt);
        var row = new OutboxEvent();
        row.eventId = envelope.eventId();
        row.eventType = envelope.type();
        row.aggregateId = aggregateId;
        row.envelope = codec.encode(envelope);
        row.occurredAt = envelope.occurredAt();
        trace.recordCurrent(row);
        return rows.persist(row).replaceWithVoid();
    }
}
