package dev.oms.order.command;

import dev.oms.order.messaging.outbox.Outbox;
import dev.oms.order.persistence.OrderRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * Moves an order to the status someone asked for, if its state machine allows it, and records the events in the same
 * transaction. The order's version guards the change: of two concurrent changes, the second to commit fails with
 * {@link ConcurrentOrderChangeException} instead of overwriting the first.
 */
@ApplicationScoped
public class ChangeOrderStatusHandler {

    private final OrderRepository orders;
    private final Outbox outbox;
    private final Clock clock;

    public ChangeOrderStatusHandler(OrderRepository orders, Outbox outbox, Clock clock) {
        this.orders = orders;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Uni<OrderStatusChangedResult> handle(ChangeOrderStatus command) {
        return outbox.transaction(() -> orders.findById(command.orderId()).chain(order -> {
            if (order == null) {
                return Uni.createFrom().failure(new OrderNotFoundException(command.orderId()));
            }
            order.request(command.status(), command.reason(), clock.instant());
            var change = order.history().get(order.history().size() - 1);
            return orders.flush()
                    .chain(() -> outbox.append(order.takePendingEvents(), order.id().toString(), order.version(),
                            order.id().toString()))
                    .replaceWith(() -> new OrderStatusChangedResult(order.id(), change.from().name(),
                            change.to().name(), change.reason(), change.at()));
        })).onFailure(Failures::isOptimisticLock)
                .transform(e -> new ConcurrentOrderChangeException(command.orderId(), e));
    }
}
