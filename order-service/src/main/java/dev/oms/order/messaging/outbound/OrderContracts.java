package dev.oms.order.messaging.outbound;

import dev.oms.events.EventPayload;
import dev.oms.events.order.OrderCancelled;
import dev.oms.events.order.OrderPlaced;
import dev.oms.events.order.OrderStatusChanged;
import dev.oms.order.domain.OrderEvent;
import dev.oms.platform.messaging.outbox.PublishedForms;

/**
 * The published form of the domain's events: the one place that knows both. A new version of a contract changes this
 * mapping, not the aggregate.
 */
public final class OrderContracts {

    private static final PublishedForms<OrderEvent> FORMS = PublishedForms.of(OrderEvent.class)
            .form(
                    OrderEvent.Placed.class,
                    placed -> new OrderPlaced(
                            placed.orderId(),
                            placed.customerId(),
                            placed.lines().stream()
                                    .map(line -> new OrderPlaced.Line(
                                            line.productId(),
                                            line.quantity(),
                                            line.seenUnitPrice(),
                                            line.seenCurrency()))
                                    .toList()))
            .form(
                    OrderEvent.StatusChanged.class,
                    changed -> new OrderStatusChanged(
                            changed.orderId(),
                            changed.customerId(),
                            changed.from().name(),
                            changed.to().name(),
                            changed.reason()))
            .form(OrderEvent.Cancelled.class, cancelled -> new OrderCancelled(cancelled.orderId(), cancelled.reason()))
            .build();

    private OrderContracts() {}

    public static EventPayload of(OrderEvent event) {
        return FORMS.of(event);
    }
}
