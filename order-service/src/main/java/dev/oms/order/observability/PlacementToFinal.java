package dev.oms.order.observability;

import dev.oms.order.domain.Order;
import dev.oms.order.domain.OrderStatus;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Set;

/**
 * The timer {@code oms.order.placement.to.final{status}}: how long an order waited, from its placement, for the stock
 * answer that made it CONFIRMED or REJECTED (REJECTED by the pending timeout included). It is the saga's latency as a
 * customer sees it; its histogram buckets are the latency objectives ({@code oms.metrics.latency-objectives}).
 * Recorded when the change is saved, inside its transaction: a transaction that then fails to commit was counted.
 */
@ApplicationScoped
public class PlacementToFinal {

    static final String NAME = "oms.order.placement.to.final";
    private static final Set<OrderStatus> FINAL_ANSWERS = Set.of(OrderStatus.CONFIRMED, OrderStatus.REJECTED);

    private final MeterRegistry metrics;

    public PlacementToFinal(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    /** Records the wait if the change being saved is the order's answer (it left PENDING for a final status). */
    public void recordIfAnswered(Order order) {
        var history = order.history();
        if (history.isEmpty()) {
            return;
        }
        var last = history.get(history.size() - 1);
        if (last.from() == OrderStatus.PENDING
                && FINAL_ANSWERS.contains(last.to())
                && last.at().equals(order.updatedAt())) {
            Timer.builder(NAME)
                    .description("From an order's placement to its stock answer (CONFIRMED or REJECTED)")
                    .tag("status", last.to().name())
                    .register(metrics)
                    .record(Duration.between(order.createdAt(), last.at()));
        }
    }
}
