package dev.oms.platform.testing;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;

/**
 * The span exporter of the tests (a CDI bean, which Quarkus picks up): keeps the spans finished while a test records,
 * in memory, so the test can look at the traces the service made.
 */
@Singleton
public class RecordedSpans implements SpanExporter {

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private volatile boolean recording;

    public void record() {
        spans.reset();
        recording = true;
    }

    public void stop() {
        recording = false;
        spans.reset();
    }

    public List<SpanData> finished() {
        return spans.getFinishedSpanItems();
    }

    @Override
    public CompletableResultCode export(Collection<SpanData> batch) {
        return recording ? spans.export(batch) : CompletableResultCode.ofSuccess();
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
