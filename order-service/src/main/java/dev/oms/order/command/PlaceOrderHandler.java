package dev.oms.order.command;

import dev.oms.order.domain.Order;
import dev.oms.order.domain.OrderLine;
import dev.oms.order.messaging.outbox.Outbox;
import dev.oms.order.persistence.OrderRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/** Places an order (PENDING) and records {@code OrderPlaced}, in one transaction. */
@ApplicationScoped
public class PlaceOrderHandler {

    private final OrderRepository orders;
    private final Outbox outbox;
    private final Clock clock;

    public PlaceOrderHandler(OrderRepository orders, Outbox outbox, Clock clock) {
        this.orders = orders;
        this.outbox = outbox;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<OrderAccepted> handle(PlaceOrder command) {
        var lines = command.lines().stream().map(l -> new OrderLine(l.productId(), l.quantity())).toList();
        var order = Order.place(command.customerId(), lines, clock.instant());
        return orders.persistAndFlush(order)
                .chain(() -> outbox.append(order.takePendingEvents(), order.id().toString(), order.version(),
                        order.id().toString()))
                .replaceWith(() -> OrderAccepted.of(order));
    }
}
