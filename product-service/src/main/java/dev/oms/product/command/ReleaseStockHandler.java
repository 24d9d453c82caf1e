package dev.oms.product.command;

import dev.oms.product.domain.OrderReservation;
import dev.oms.product.persistence.OrderReservationRepository;
import dev.oms.product.persistence.ProductRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * Gives back the stock a cancelled order held, exactly once: the reservation's status moves RESERVED -> RELEASED in
 * the same transaction as the stock. A cancellation that arrives before its order leaves a marker so the order,
 * when it comes, reserves nothing. Runs inside the caller's (the consumer's) transaction.
 */
@ApplicationScoped
public class ReleaseStockHandler {

    private final OrderReservationRepository reservations;
    private final ProductRepository products;
    private final ProductChanges productChanges;
    private final Clock clock;

    public ReleaseStockHandler(
            OrderReservationRepository reservations,
            ProductRepository products,
            ProductChanges productChanges,
            Clock clock) {
        this.reservations = reservations;
        this.products = products;
        this.productChanges = productChanges;
        this.clock = clock;
    }

    public Uni<Void> handle(ReleaseStock command) {
        var orderId = command.orderId();
        return reservations.findById(orderId).chain(reservation -> {
            if (reservation == null) {
                return reservations
                        .persist(OrderReservation.cancelledBeforePlaced(orderId, clock.instant()))
                        .replaceWithVoid();
            }
            return products.lockForStockChanges(reservation.productIds())
                    .chain(locked -> reservation.release(locked, clock.instant())
                            ? productChanges.saveStockChanges(locked.values(), orderId.toString())
                            : Uni.createFrom().voidItem());
        });
    }
}
