package dev.oms.order.command;

import dev.oms.order.domain.OrderStatus;
import dev.oms.order.persistence.OrderRepository;
import dev.oms.platform.messaging.PersistenceFailures;
import dev.oms.platform.messaging.UnitOfWork;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

/**
 * Moves an order to the status someone asked for, if its state machine allows it, and records the events in the same
 * transaction. The order's version guards the change: of two concurrent changes, the second to commit fails with
 * {@link ConcurrentOrderChangeException} instead of overwriting the first. A customer's request is checked against
 * the order in the same transaction, so the order cannot ship between the check and the cancellation.
 */
@ApplicationScoped
public class ChangeOrderStatusHandler {

    /** A customer may cancel their order until it ships; once shipped, only staff decide (a return, a loss). */
    private static final Set<OrderStatus> CUSTOMER_CANCELLABLE = EnumSet.of(OrderStatus.PENDING, OrderStatus.CONFIRMED);

    private final OrderRepository orders;
    private final OrderChanges changes;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ChangeOrderStatusHandler(OrderRepository orders, OrderChanges changes, UnitOfWork unitOfWork, Clock clock) {
        this.orders = orders;
        this.changes = changes;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    public Uni<OrderStatusChangedResult> handle(ChangeOrderStatus command) {
        return unitOfWork
                .run(() -> orders.findById(command.orderId()).chain(order -> {
                    // another customer's order is answered as if it did not exist: no hint that it does
                    if (order == null
                            || command.byCustomer() && !order.customerId().equals(command.customerId())) {
                        return Uni.createFrom().failure(new OrderNotFoundException(command.orderId()));
                    }
                    if (command.byCustomer()
                            && command.status().isRequestable()
                            && !(command.status() == OrderStatus.CANCELLED
                                    && CUSTOMER_CANCELLABLE.contains(order.status()))) {
                        return Uni.createFrom()
                                .failure(new NotAllowedForCustomerException(
                                        order.id(), order.status(), command.status()));
                    }
                    order.request(command.status(), command.reason(), clock.instant());
                    var change = order.history().get(order.history().size() - 1);
                    return changes.save(order)
                            .replaceWith(() -> new OrderStatusChangedResult(
                                    order.id(),
                                    change.from().name(),
                                    change.to().name(),
                                    change.reason(),
                                    change.at()));
                }))
                .onFailure(PersistenceFailures::isLostRace)
                .transform(e -> new ConcurrentOrderChangeException(command.orderId(), e));
    }
}
