package dev.oms.system;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Watches the stock of some products through the API while a scenario runs, every 100 ms, and remembers the lowest
 * value each one showed: "never negative at any point" is checked on what was seen, not only on the end state.
 */
final class StockSampler implements AutoCloseable {

    private final Map<String, Integer> lowest = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private volatile int samples;

    StockSampler(List<String> productIds) {
        timer.scheduleWithFixedDelay(
                () -> {
                    for (var id : productIds) {
                        try {
                            lowest.merge(id, Shop.stock(id), Math::min);
                        } catch (RuntimeException | AssertionError e) {
                            // a service being restarted does not answer; the next sample will
                        }
                    }
                    samples++;
                },
                0,
                100,
                TimeUnit.MILLISECONDS);
    }

    /** The lowest stock seen per product. */
    Map<String, Integer> lowest() {
        return Map.copyOf(lowest);
    }

    int samples() {
        return samples;
    }

    @Override
    public void close() throws InterruptedException {
        timer.shutdownNow();
        timer.awaitTermination(10, TimeUnit.SECONDS);
    }
}
