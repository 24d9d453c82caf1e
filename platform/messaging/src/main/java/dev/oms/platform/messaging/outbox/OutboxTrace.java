package dev.oms.platform.messaging.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The trace context an event was raised in, kept with its outbox row: the relay publishes later, outside the request,
 * so the context travels with the row instead of with the thread. It is what the propagators Quarkus is configured
 * with ({@code quarkus.otel.propagators}: W3C traceparent and tracestate, and baggage, by default) write for the
 * current context, stored as their carrier (header name to value) in JSON, and read back by the same propagators.
 */
@ApplicationScoped
public class OutboxTrace {

    private static final String TRACE_PARENT = "traceparent";
    /** The width of the column rows kept the traceparent in before trace_context (platform migration 0.1). */
    private static final int TRACE_PARENT_COLUMN = 55;

    private static final TypeReference<Map<String, String>> CARRIER = new TypeReference<>() {};
    private static final TextMapGetter<Map<String, String>> FROM_MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private final TextMapPropagator propagator;
    private final ObjectMapper json;

    @Inject
    public OutboxTrace(OpenTelemetry openTelemetry, ObjectMapper json) {
        this(openTelemetry.getPropagators().getTextMapPropagator(), json);
    }

    OutboxTrace(TextMapPropagator propagator, ObjectMapper json) {
        this.propagator = propagator;
        this.json = json;
    }

    /** Stores the current context with the row; leaves it null when there is none to propagate. */
    void recordCurrent(OutboxEvent row) {
        var carrier = new LinkedHashMap<String, String>();
        propagator.inject(Context.current(), carrier, Map::put);
        if (carrier.isEmpty()) {
            return;
        }
        row.traceContext = write(carrier);
        // still written so that a replica of the previous version, relaying during a rolling upgrade, reads it
        var traceParent = carrier.get(TRACE_PARENT);
        if (traceParent != null && traceParent.length() <= TRACE_PARENT_COLUMN) {
            row.traceParent = traceParent;
        }
    }

    /**
     * The context the row was raised in: from its carrier, or from its traceparent alone when it was written before
     * the carrier was kept; the root context when nothing (or garbage) was stored.
     */
    Context of(OutboxEvent row) {
        Map<String, String> carrier;
        if (row.traceContext != null) {
            carrier = read(row.traceContext);
        } else if (row.traceParent != null) {
            carrier = Map.of(TRACE_PARENT, row.traceParent);
        } else {
            carrier = Map.of();
        }
        return propagator.extract(Context.root(), carrier, FROM_MAP);
    }

    private String write(Map<String, String> carrier) {
        try {
            return json.writeValueAsString(carrier);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> read(String carrier) {
        try {
            return json.readValue(carrier, CARRIER);
        } catch (JsonProcessingException e) {
            Log.debugf("An outbox row's trace context is unreadable, published without it: %s", e.getMessage());
            return Map.of();
        }
    }
}
