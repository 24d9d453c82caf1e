package dev.oms.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.oms.events.EventEnvelope;
import dev.oms.events.order.OrderCancelled;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Reading is tolerant of what a producer adds, strict about what a consumer needs. */
class EventCodecTest {

    private final EventCodec codec = new EventCodec(
            new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));

    private final EventEnvelope<OrderCancelled> cancelled = EventEnvelope.wrap(
            new OrderCancelled(UUID.randomUUID(), "changed my mind"),
            "order-1",
            3,
            "order-1",
            Instant.parse("2026-12-01T10:15:30.123456Z"));

    @Test
    void anEnvelopeReadsBackAsItWasWritten() {
        assertThat(codec.decode(codec.encode(cancelled))).isEqualTo(cancelled);
    }

    @Test
    void fieldsAProducerAddedAreIgnored() {
        var withMore =
                codec.encode(cancelled).replace("\"payload\":{", "\"traceHint\":\"x\",\"payload\":{\"priority\":1,");

        assertThat(codec.decode(withMore)).isEqualTo(cancelled);
    }

    @Test
    void anUnknownTypeOrVersionOrSomethingThatIsNoEnvelopeIsMalformed() {
        var json = codec.encode(cancelled);

        assertThatThrownBy(() -> codec.decode(json.replace("\"OrderCancelled\"", "\"OrderShredded\"")))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("unknown event type OrderShredded");
        assertThatThrownBy(() -> codec.decode(json.replace("\"schemaVersion\":1", "\"schemaVersion\":9")))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> codec.decode("<xml/>")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> codec.decode(json.replace("\"eventId\":\"", "\"eventId\":\"x")))
                .isInstanceOf(MalformedEventException.class);
    }
}
