package dev.oms.platform.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.api.baggage.propagation.W3CBaggagePropagator;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import org.junit.jupiter.api.Test;

/** The trace context of an outbox row: what the propagators write is stored whole and read back whole. */
class OutboxTraceTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN_ID = "00f067aa0ba902b7";

    /** Quarkus's default propagators: tracecontext and baggage. */
    private final OutboxTrace trace = new OutboxTrace(
            TextMapPropagator.composite(W3CTraceContextPropagator.getInstance(), W3CBaggagePropagator.getInstance()),
            new ObjectMapper());

    @Test
    void theTraceStateAndTheBaggageAreKeptWithTheTraceParent() {
        var row = new OutboxEvent();
        try (var ignored = raisedIn().makeCurrent()) {
            trace.recordCurrent(row);
        }

        assertThat(row.traceParent).isEqualTo("00-" + TRACE_ID + "-" + SPAN_ID + "-01");
        assertThat(row.traceContext).contains("vendor=opaque", "tenant=acme");

        var context = trace.of(row);
        var parent = Span.fromContext(context).getSpanContext();
        assertThat(parent.getTraceId()).isEqualTo(TRACE_ID);
        assertThat(parent.getSpanId()).isEqualTo(SPAN_ID);
        assertThat(parent.isRemote()).isTrue();
        assertThat(parent.getTraceState().get("vendor")).isEqualTo("opaque");
        assertThat(Baggage.fromContext(context).getEntryValue("tenant")).isEqualTo("acme");
        assertThat(Baggage.fromContext(context).getEntryValue("flow")).isEqualTo("checkout");
    }

    @Test
    void aRowWrittenBeforeTheTraceContextWasKeptIsReadFromItsTraceParent() {
        var row = new OutboxEvent();
        row.traceParent = "00-" + TRACE_ID + "-" + SPAN_ID + "-01";

        var parent = Span.fromContext(trace.of(row)).getSpanContext();

        assertThat(parent.getTraceId()).isEqualTo(TRACE_ID);
        assertThat(parent.getSpanId()).isEqualTo(SPAN_ID);
    }

    @Test
    void withoutATraceNothingIsStoredAndTheRootContextIsRead() {
        var row = new OutboxEvent();
        trace.recordCurrent(row);

        assertThat(row.traceContext).isNull();
        assertThat(row.traceParent).isNull();
        assertThat(trace.of(row)).isSameAs(Context.root());
    }

    @Test
    void anUnreadableTraceContextIsPublishedWithoutATrace() {
        var row = new OutboxEvent();
        row.traceContext = "not json";

        assertThat(Span.fromContext(trace.of(row)).getSpanContext().isValid()).isFalse();
    }

    private static Context raisedIn() {
        var span = SpanContext.createFromRemoteParent(
                TRACE_ID,
                SPAN_ID,
                TraceFlags.getSampled(),
                TraceState.builder().put("vendor", "opaque").build());
        var baggage =
                Baggage.builder().put("tenant", "acme").put("flow", "checkout").build();
        return Context.root().with(Span.wrap(span)).with(baggage);
    }
}
