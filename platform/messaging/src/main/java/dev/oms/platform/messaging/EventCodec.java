package dev.oms.platform.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.oms.events.EventEnvelope;
import dev.oms.events.EventPayload;
import dev.oms.events.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Turns envelopes into JSON and back. Reading is tolerant (unknown fields are ignored, so a producer may add fields
 * without breaking this consumer) but strict about what it needs: a known type and version and a complete envelope.
 */
@ApplicationScoped
public class EventCodec {

    private final ObjectMapper mapper;

    public EventCodec(ObjectMapper mapper) {
        this.mapper = mapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    public String encode(EventEnvelope<?> envelope) {
        try {
            return mapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise event " + envelope.type(), e);
        }
    }

    /** @throws MalformedEventException when the message is not an envelope of a known event type and version */
    public EventEnvelope<EventPayload> decode(String json) {
        try {
            JsonNode node = mapper.readTree(json);
            String type = node.path("type").asText(null);
            int version = node.path("schemaVersion").asInt(0);
            EventType eventType = EventType.find(type, version)
                    .orElseThrow(() -> new MalformedEventException("unknown event type " + type + " v" + version));
            EventPayload payload = mapper.treeToValue(node.path("payload"), eventType.payloadClass());
            return new EventEnvelope<>(
                    UUID.fromString(node.path("eventId").asText()),
                    type,
                    version,
                    Instant.parse(node.path("occurredAt").asText()),
                    node.path("aggregateId").asText(null),
                    node.path("aggregateVersion").asLong(),
                    node.path("correlationId").asText(null),
                    payload);
        } catch (JsonProcessingException | RuntimeException e) {
            if (e instanceof MalformedEventException malformed) {
                throw malformed;
            }
            throw new MalformedEventException("cannot read event: " + e.getMessage(), e);
        }
    }
}
