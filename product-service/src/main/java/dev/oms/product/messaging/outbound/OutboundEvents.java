package dev.oms.product.messaging.outbound;

import dev.oms.platform.messaging.outbox.Outbox;
import dev.oms.product.domain.OrderReservation;
import dev.oms.product.domain.Product;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Records what an aggregate raised in the outbox, in its published form, inside the caller's unit of work. Call it
 * after the aggregate was flushed, so the events carry its new version.
 */
@ApplicationScoped
public class OutboundEvents {

    private final Outbox outbox;

    public OutboundEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> record(Product product, String correlationId) {
        var events =
                product.takePendingEvents().stream().map(ProductContracts::of).toList();
        return outbox.append(events, product.id().toString(), product.version(), correlationId, product.updatedAt());
    }

    /** A reservation's events are correlated to its order, as everything of one order's flow is. */
    public Uni<Void> record(OrderReservation reservation) {
        var order = reservation.orderId().toString();
        var events = reservation.takePendingEvents().stream()
                .map(ProductContracts::of)
                .toList();
        return outbox.append(events, order, reservation.version(), order);
    }
}
