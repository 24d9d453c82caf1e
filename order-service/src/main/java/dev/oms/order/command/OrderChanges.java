package dev.oms.order.command;

import dev.oms.order.domain.Order;
import dev.oms.order.persistence.OrderRepository;
import dev.oms.platform.messaging.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Saves what a command did to an order, in one call, inside the caller's unit of work: writes the order (the version
 * check happens here, so a lost race fails this call) and records the events it raised, correlated to the order.
 */
@ApplicationScoped
public class OrderChanges {

    private final OrderRepository orders;
    private final Outbox outbox;

    public OrderChanges(OrderRepository orders, Outbox outbox) {
        this.orders = orders;
        this.outbox = outbox;
    }

    public Uni<Void> save(Order order) {
        var id = order.id().toString();
        return orders.persistAndFlush(order)
                .chain(() -> outbox.append(order.takePendingEvents(), id, order.version(), id));
    }
}
