package dev.oms.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every request of a simulation by series name, kept whole (a few hundred thousand samples at most) so that the
 * harness can cut them by time window afterwards: per capacity step, warm-up apart from measurement.
 */
final class LatencyLog {

    private final Map<String, List<Sample>> series = new ConcurrentHashMap<>();

    void record(String name, Sample sample) {
        var samples = series.computeIfAbsent(name, key -> new ArrayList<>());
        synchronized (samples) {
            samples.add(sample);
        }
    }

    List<Sample> samples(String name) {
        var samples = series.get(name);
        if (samples == null) {
            return List.of();
        }
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }
}
