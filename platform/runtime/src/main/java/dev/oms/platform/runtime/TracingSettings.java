package dev.oms.platform.runtime;

import io.smallrye.config.ConfigMapping;

/**
 * Where spans go ({@code oms.tracing.otlp-endpoint}): it follows QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT, and while that
 * is unset it is {@code none} and {@link NoTraceExport} keeps spans in the process. {@code @LookupIfProperty} reads it
 * by name, so its default is in this library's META-INF/microprofile-config.properties.
 */
@ConfigMapping(prefix = "oms.tracing")
public interface TracingSettings {

    String otlpEndpoint();
}
