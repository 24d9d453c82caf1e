package dev.oms.bench;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts, throughput and latency percentiles of a set of requests. Percentiles are nearest-rank over the successful
 * requests only (a failed request's time says nothing about serving); failures are counted apart.
 *
 * @param throughput requests per second over the window the caller says the samples came from
 */
record LatencyStats(int count, int errors, double throughput, int p50, int p95, int p99, int max) {

    static LatencyStats of(Collection<Sample> samples, double windowSeconds) {
        var latencies = samples.stream()
                .filter(Sample::ok)
                .mapToInt(Sample::latencyMillis)
                .sorted()
                .toArray();
        int errors = samples.size() - latencies.length;
        double throughput = windowSeconds > 0 ? samples.size() / windowSeconds : 0;
        return new LatencyStats(
                samples.size(),
                errors,
                throughput,
                percentile(latencies, 50),
                percentile(latencies, 95),
                percentile(latencies, 99),
                latencies.length == 0 ? 0 : latencies[latencies.length - 1]);
    }

    /** Nearest rank: the smallest value with at least p% of the values at or below it; 0 for no values. */
    static int percentile(int[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    double errorPercent() {
        return count == 0 ? 0 : 100.0 * errors / count;
    }

    /** As result-file entries under a prefix, e.g. {@code cached.p99}. */
    Map<String, String> entries(String prefix) {
        var entries = new LinkedHashMap<String, String>();
        entries.put(prefix + ".count", Integer.toString(count));
        entries.put(prefix + ".errors", Integer.toString(errors));
        entries.put(prefix + ".error-percent", Results.number(errorPercent()));
        entries.put(prefix + ".throughput", Results.number(throughput));
        entries.put(prefix + ".p50", Integer.toString(p50));
        entries.put(prefix + ".p95", Integer.toString(p95));
        entries.put(prefix + ".p99", Integer.toString(p99));
        entries.put(prefix + ".max", Integer.toString(max));
        return entries;
    }
}
