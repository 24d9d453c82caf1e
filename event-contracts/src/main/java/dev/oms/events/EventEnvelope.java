package dev.oms.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What travels on the broker: the metadata every consumer needs to route, de-duplicate and order an event, around the
 * event's own payload.
 *
 * @param eventId          unique per event; consumers de-duplicate on it
 * @param type             the wire name of the payload, also the routing key (see {@link EventType})
 * @param schemaVersion    the version of the payload's schema
 * @param occurredAt       when the change happened in the producing service
 * @param aggregateId      the id of the aggregate that changed
 * @param aggregateVersion the aggregate's version after the change; lets consumers drop stale events
 * @param correlationId    ties together every event of one business flow (e.g. one order)
 * @param payload          the event itself
 */
public record EventEnvelope<P extends EventPayload>(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        String aggregateId,
        long aggregateVersion,
        @OptionalField String correlationId,
        P payload) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(payload, "payload");
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schemaVersion must be >= 1");
        }
    }

    /** Wraps a payload in a new envelope, taking its type and schema version from the registry. */
    public static <P extends EventPayload> EventEnvelope<P> wrap(
            P payload, String aggregateId, long aggregateVersion, String correlationId, Instant occurredAt) {
        EventType type = EventType.of(payload);
        return new EventEnvelope<>(
                UUID.randomUUID(),
                type.wireName(),
                type.schemaVersion(),
                occurredAt,
                aggregateId,
                aggregateVersion,
                correlationId,
                payload);
    }
}
