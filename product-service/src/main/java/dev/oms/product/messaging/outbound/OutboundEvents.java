package dev.oms.product.messaging.outbound;

import dev.oms.platform.messaging.outbox.Outbox;
import dev.oms.product.domain.OrderReservation;
import dev.oms.product.domain.Product;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

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

    /**
     * Records what reservations and releases raised in a product not written yet ({@link
     * Product#versionWithStockChanges}): each event carries the version its change produces, one per change, the last
     * the version the product will be written at.
     */
    public Uni<Void> recordStockChanges(Product product, String correlationId) {
        var events =
                product.takePendingEvents().stream().map(ProductContracts::of).toList();
        long first = product.versionWithStockChanges() - events.size() + 1;
        return Multi.createFrom()
                .range(0, events.size())
                .onItem()
                .transformToUniAndConcatenate(i -> outbox.append(
                        List.of(events.get(i)), product.id().toString(), first + i, correlationId, product.updatedAt()))
                .collect()
                .last()
                .replaceWithVoid();
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
