package dev.oms.order.command;

import dev.oms.order.domain.Order;
import dev.oms.order.messaging.outbound.OutboundEvents;
import dev.oms.order.observability.PlacementToFinal;
import dev.oms.order.persistence.OrderRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Saves what a command did to an order, in one call, inside the caller's unit of work: writes the order (the version
 * check happens here, so a lost race fails this call) and records the events it raised, correlated to the order.
 */
@ApplicationScoped
public class OrderChanges {

    private final OrderRepository orders;
    private final OutboundEvents events;
    private final PlacementToFinal answerTimes;

    public OrderChanges(OrderRepository orders, OutboundEvents events, PlacementToFinal answerTimes) {
        this.orders = orders;
        this.events = events;
        this.answerTimes = answerTimes;
    }

    public Uni<Void> save(Order order) {
        return orders.persistAndFlush(order).chain(() -> recordEvents(order));
    }

    /**
     * As {@link #save}, but the order is written by the flush that ends the caller's transaction, together with the
     * other changes of a batch: one round trip for all of them. A lost race then fails the whole unit of work, which
     * its owner (a consumer) runs again.
     */
    public Uni<Void> saveAtCommit(Order order) {
        return orders.persist(order).chain(() -> recordEvents(order));
    }

    private Uni<Void> recordEvents(Order order) {
        return events.record(order).invoke(() -> answerTimes.recordIfAnswered(order));
    }
}
