package dev.oms.order.messaging.outbound;

import dev.oms.events.EventPayload;
import dev.oms.events.order.OrderCancelled;
import dev.oms.events.order.OrderPlaced;
import dev.oms.events.order.OrderStatusChanged;
import dev.oms.order.domain.OrderEvent;

/**
 * The published form of the domain's events: the one place that knows both. A new version of a contract changes this
 * mapping, not the aggregate.
 */
public final class OrderContracts {

    private OrderContracts() {}

    public static EventPayload of(OrderEvent event) {
        if (event instanceof OrderEvent.Placed placed) {
            return new OrderPlaced(
                    placed.orderId(),
                    placed.customerId(),
                    placed.lines().stream()
                            .map(line -> new OrderPlaced.Line(line.productId(), line.quantity()))
                            .toList());
        }
        if (event instanceof OrderEvent.StatusChanged changed) {
            return new OrderStatusChanged(
                    changed.orderId(),
                    changed.customerId(),
                    changed.from().name(),
                    changed.to().name(),
                    changed.reason());
        }
        if (event instanceof OrderEvent.Cancelled cancelled) {
            return new OrderCancelled(cancelled.orderId(), cancelled.reason());
        }
        throw new IllegalArgumentException("no published form for " + event);
    }
}
