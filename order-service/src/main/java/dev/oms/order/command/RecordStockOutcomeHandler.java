package dev.oms.order.command;

import dev.oms.events.product.StockRejected;
import dev.oms.events.product.StockReserved;
import dev.oms.order.domain.Order;
import dev.oms.order.domain.OrderStatus;
import dev.oms.order.messaging.outbox.Outbox;
import dev.oms.order.persistence.OrderRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Moves a pending order to CONFIRMED or REJECTED from product-service's answer. */
@ApplicationScoped
public class RecordStockOutcomeHandler {

    private final OrderRepository orders;
    private final Outbox outbox;
    private final Clock clock;

    public RecordStockOutcomeHandler(OrderRepository orders, Outbox outbox, Clock clock) {
        this.orders = orders;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Uni<Void> reserved(StockReserved outcome) {
        var prices = outcome.lines().stream().collect(Collectors.toMap(StockReserved.Line::productId,
                l -> new Order.PricedProduct(l.name(), l.unitPrice(), l.currency())));
        return change(outcome.orderId(), order -> order.confirm(prices, clock.instant()));
    }

    public Uni<Void> rejected(StockRejected outcome) {
        var reason = outcome.lines().stream()
                .map(l -> l.productId() + ": " + l.reason() + " (requested " + l.requested() + ", available "
                        + l.available() + ")")
                .collect(Collectors.joining("; "));
        return change(outcome.orderId(), order -> order.reject(reason, clock.instant()));
    }

    /**
     * A person may cancel the order while its outcome is on the way; if the cancel commits first, the outcome is
     * tried again against the cancelled order (and then ignored) rather than failing the message.
     */
    private Uni<Void> change(UUID orderId, Consumer<Order> change) {
        return Uni.createFrom().deferred(() -> Panache.withTransaction(() -> apply(orderId, change)))
                .onFailure(Failures::isOptimisticLock).retry().atMost(3);
    }

    private Uni<Void> apply(UUID orderId, Consumer<Order> change) {
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
            return orders.flush().chain(() -> outbox.append(order.takePendingEvents(), orderId.toString(),
                    order.version(), orderId.toString()));
        });
    }
}
