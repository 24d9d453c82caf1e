package dev.oms.platform.runtime;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.inject.Singleton;
import java.util.Collection;

/**
 * Keeps finished spans in the process unless an OTLP endpoint is configured: tracing still runs (trace ids in the
 * logs, trace context carried through the outbox and RabbitMQ), but nothing is exported and nothing retries against
 * a collector that is not there. Quarkus uses its OTLP exporter only when no other span exporter can be looked up;
 * this one can be while {@code oms.tracing.otlp-endpoint} is {@code none}, that is, unless
 * QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT is set.
 */
@Singleton
@LookupIfProperty(name = "oms.tracing.otlp-endpoint", stringValue = "none")
public class NoTraceExport implements SpanExporter {

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
