package dev.oms.order.command;

import dev.oms.order.domain.Order;
import dev.oms.order.domain.OrderStatus;
import dev.oms.order.persistence.OrderRepository;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Moves a pending order to CONFIRMED or REJECTED from product-service's answer. Runs inside the caller's transaction
 * (the consumer's, which also records the event in the inbox), so the status change, its events and the inbox row
 * commit together; the consumer retries the whole when a concurrent change (a person cancelling) won the race.
 */
@ApplicationScoped
public class RecordStockOutcomeHandler {

    private final OrderRepository orders;
    private final OrderChanges changes;
    private final Clock clock;

    public RecordStockOutcomeHandler(OrderRepository orders, OrderChanges changes, Clock clock) {
        this.orders = orders;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * Reads these orders into the caller's unit of work in one query, before the outcomes of a batch are handled in
     * it: each handler then finds its order there instead of reading it on its own.
     */
    public Uni<Void> loadOrders(Set<UUID> orderIds) {
        return orderIds.isEmpty() ? Uni.createFrom().voidItem() : orders.loadAll(orderIds);
    }

    public Uni<Void> handle(ConfirmOrder command) {
        return change(command.orderId(), order -> order.confirm(command.prices(), clock.instant()));
    }

    public Uni<Void> handle(RejectOrder command) {
        return change(command.orderId(), order -> order.reject(command.reason(), clock.instant()));
    }

    private Uni<Void> change(UUID orderId, Consumer<Order> change) {
        return orders.findById(orderId).chain(order -> {
            if (order == null) {
                Log.warnf("Stock outcome for unknown order %s ignored", orderId);
                return Uni.createFrom().voidItem();
            }
            if (order.status() != OrderStatus.PENDING) {
                Log.infof("Stock outcome for order %s ignored: it is already %s", orderId, order.status());
                return Uni.createFrom().voidItem();
            }
            change.accept(order);
            return changes.saveAtCommit(order);
        });
    }
}
