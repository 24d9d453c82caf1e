package dev.oms.order.observability;

import dev.oms.order.domain.OrderStatus;
import dev.oms.order.query.OrderCounts;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The gauges {@code oms.orders{status}}: how many orders are in each status, one series per status (zero included).
 * Counted from the read model every {@code oms.metrics.refresh-interval}; a scrape never queries the database.
 */
@Startup
@ApplicationScoped
public class OrdersByStatus {

    private final OrderCounts counts;
    private final MeterRegistry metrics;
    private final Map<String, AtomicLong> gauges = new ConcurrentHashMap<>();

    public OrdersByStatus(OrderCounts counts, MeterRegistry metrics) {
        this.counts = counts;
        this.metrics = metrics;
        for (var status : OrderStatus.values()) {
            gauge(status.name());
        }
    }

    @Scheduled(every = "${oms.metrics.refresh-interval:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refresh() {
        return counts.byStatus()
                .invoke(found -> {
                    found.keySet().forEach(this::gauge);
                    gauges.forEach((status, gauge) -> gauge.set(found.getOrDefault(status, 0L)));
                })
                .replaceWithVoid()
                .onFailure()
                .invoke(e -> Log.debugf("Could not count orders by status: %s", e.getMessage()))
                .onFailure()
                .recoverWithNull();
    }

    private AtomicLong gauge(String status) {
        return gauges.computeIfAbsent(status, name -> {
            var value = new AtomicLong();
            Gauge.builder("oms.orders", value, AtomicLong::get)
                    .tag("status", name)
                    .description("Orders in this status in the read model, as of the last refresh")
                    .register(metrics);
            return value;
        });
    }
}
