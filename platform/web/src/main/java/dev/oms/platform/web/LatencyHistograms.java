package dev.oms.platform.web;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.inject.Singleton;

/**
 * Gives the request timer ({@code http.server.requests}) and the services' own timers ({@code oms.*}) histogram
 * buckets at the latency objectives: Prometheus then has {@code _bucket{le=...}} series, and an alert can use a share
 * of slow requests or {@code histogram_quantile} instead of means and maxima. Nine buckets per route, method and
 * status keep the series few; percentiles computed in the process are not published (they cannot be aggregated).
 */
@Singleton
public class LatencyHistograms implements MeterFilter {

    static final String HTTP_REQUESTS = "http.server.requests";

    private final double[] objectivesInNanos;

    public LatencyHistograms(LatencySettings settings) {
        this.objectivesInNanos = settings.objectives().stream()
                .mapToDouble(objective -> objective.toNanos())
                .sorted()
                .toArray();
    }

    @Override
    public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
        if (id.getType() != Meter.Type.TIMER
                || !(id.getName().equals(HTTP_REQUESTS) || id.getName().startsWith("oms."))) {
            return config;
        }
        return DistributionStatisticConfig.builder()
                .serviceLevelObjectives(objectivesInNanos)
                .build()
                .merge(config);
    }
}
