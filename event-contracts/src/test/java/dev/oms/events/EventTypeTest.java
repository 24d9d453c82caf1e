package dev.oms.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.events.order.OrderCancelled;
import dev.oms.events.order.OrderPlaced;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventTypeTest {

    @Test
    void wrapTakesTypeAndVersionFromTheRegistry() {
        var orderId = UUID.randomUUID();
        var payload = new OrderPlaced(orderId, "customer-1", List.of(new OrderPlaced.Line(UUID.randomUUID(), 2)));
        var at = Instant.parse("2026-01-01T10:00:00Z");

        var envelope = EventEnvelope.wrap(payload, orderId.toString(), 0, "corr-1", at);

        assertThat(envelope.type()).isEqualTo("OrderPlaced");
        assertThat(envelope.schemaVersion()).isEqualTo(1);
        assertThat(envelope.occurredAt()).isEqualTo(at);
        assertThat(envelope.eventId()).isNotNull();
        assertThat(envelope.payload()).isSameAs(payload);
    }

    @Test
    void findResolvesOnlyKnownTypeAndVersion() {
        assertThat(EventType.find("OrderCancelled", 1)).contains(EventType.ORDER_CANCELLED);
        assertThat(EventType.find("OrderCancelled", 99)).isEmpty();
        assertThat(EventType.find("NoSuchEvent", 1)).isEmpty();
    }

    @Test
    void wireNamesAndVersionsAreUnique() {
        var keys = Arrays.stream(EventType.values())
                .map(t -> t.wireName() + "/v" + t.schemaVersion())
                .toList();
        assertThat(keys).doesNotHaveDuplicates();
        var classes =
                Arrays.stream(EventType.values()).map(EventType::payloadClass).toList();
        assertThat(classes).doesNotHaveDuplicates();
    }

    @Test
    void envelopeRejectsMissingMetadata() {
        var payload = new OrderCancelled(UUID.randomUUID(), "changed my mind");
        assertThatThrownBy(() -> new EventEnvelope<>(null, "OrderCancelled", 1, Instant.now(), "a", 0, null, payload))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new EventEnvelope<>(
                        UUID.randomUUID(), "OrderCancelled", 0, Instant.now(), "a", 0, null, payload))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void payloadListsAreImmutableCopies() {
        var lines = new java.util.ArrayList<OrderPlaced.Line>();
        lines.add(new OrderPlaced.Line(UUID.randomUUID(), 1));
        var payload = new OrderPlaced(UUID.randomUUID(), "c", lines);
        lines.clear();
        assertThat(payload.lines()).hasSize(1);
        assertThatThrownBy(() -> payload.lines().add(null)).isInstanceOf(UnsupportedOperationException.class);
    }
}
