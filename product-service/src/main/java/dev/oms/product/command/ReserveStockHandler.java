package dev.oms.product.command;

import dev.oms.product.domain.OrderReservation;
import dev.oms.product.persistence.OrderReservationRepository;
import dev.oms.product.persistence.ProductRepository;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;

/**
 * Reserves the stock an order asks for: every line or none ({@link OrderReservation#place}), with the products'
 * rows locked so no other reservation can take the same units meanwhile. Publishes {@code StockReserved} (with the
 * catalogue's names and prices) or {@code StockRejected}, and a {@code ProductStockChanged} per product taken from.
 * An order already seen (a replay, or cancelled before it arrived) changes nothing. Runs inside the caller's
 * transaction: the consumer's, which also records the event in the inbox.
 */
@ApplicationScoped
public class ReserveStockHandler {

    private final OrderReservationRepository reservations;
    private final ProductRepository products;
    private final ProductChanges productChanges;
    private final Clock clock;

    public ReserveStockHandler(
            OrderReservationRepository reservations,
            ProductRepository products,
            ProductChanges productChanges,
            Clock clock) {
        this.reservations = reservations;
        this.products = products;
        this.productChanges = productChanges;
        this.clock = clock;
    }

    /**
     * Locks these products for the rest of the caller's transaction, before the reservations of a batch of orders
     * are handled in it: in one statement and in id order. A reservation of one product then takes its row as held,
     * with no statement of its own to lock it.
     */
    public Uni<Void> lockProducts(Set<UUID> productIds) {
        return productIds.isEmpty()
                ? Uni.createFrom().voidItem()
                : products.lockForStockChanges(productIds).replaceWithVoid();
    }

    public Uni<Void> handle(ReserveStock command) {
        var orderId = command.orderId();
        return reservations.findById(orderId).chain(existing -> {
            if (existing != null) {
                Log.infof("Order %s already %s: nothing to reserve", orderId, existing.status());
                return Uni.createFrom().voidItem();
            }
            var quantities = command.quantities();
            return products.lockForReservation(quantities.keySet()).chain(locked -> {
                var reservation =
                        OrderReservation.place(orderId, quantities, command.seenPrices(), locked, clock.instant());
                return productChanges.save(reservation, locked.values());
            });
        });
    }
}
