package dev.oms.product.command;

import dev.oms.platform.messaging.UnitOfWork;
import dev.oms.product.domain.OrderReservation;
import dev.oms.product.domain.Product;
import dev.oms.product.messaging.outbound.OutboundEvents;
import dev.oms.product.persistence.OrderReservationRepository;
import dev.oms.product.persistence.ProductRepository;
import dev.oms.product.projection.ProductProjector;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

/**
 * Saves what a command did, in one call, inside the caller's unit of work: flushes the products (so each has its new
 * version), refreshes their read-model rows and records the events they raised; a reservation is stored with its
 * events likewise.
 */
@ApplicationScoped
public class ProductChanges {

    private final ProductRepository products;
    private final OrderReservationRepository reservations;
    private final ProductProjector projector;
    private final OutboundEvents events;
    private final UnitOfWork unitOfWork;

    public ProductChanges(
            ProductRepository products,
            OrderReservationRepository reservations,
            ProductProjector projector,
            OutboundEvents events,
            UnitOfWork unitOfWork) {
        this.products = products;
        this.reservations = reservations;
        this.projector = projector;
        this.events = events;
        this.unitOfWork = unitOfWork;
    }

    /** A product changed on its own (a catalogue command): its events are correlated to itself. */
    public Uni<Void> save(Product product) {
        return products.persist(product)
                .chain(() -> save(List.of(product), product.id().toString()));
    }

    /** Products changed for one order of the saga, whose id correlates their events. */
    public Uni<Void> save(Collection<Product> changed, String correlationId) {
        return products.flush()
                .chain(() -> Multi.createFrom()
                        .iterable(changed)
                        .onItem()
                        .transformToUniAndConcatenate(product ->
                                projector.project(product).chain(() -> events.record(product, correlationId)))
                        .collect()
                        .last()
                        .replaceWithVoid());
    }

    /**
     * A reservation decided for an order, with the products it took stock from (held by {@link
     * ProductRepository#lockForStockChanges}): their events are recorded now, each at the version its change
     * produces; the products and their read-model rows are written at the end of the unit of work, once for all its
     * orders ({@link #writeStockChanges}).
     */
    public Uni<Void> save(OrderReservation reservation, Collection<Product> changed) {
        return reservations
                .persist(reservation)
                .chain(() -> saveStockChanges(changed, reservation.orderId().toString()))
                .chain(() -> events.record(reservation));
    }

    /** Products whose stock an order's reservation or release changed, as {@link #save(OrderReservation, Collection)}. */
    public Uni<Void> saveStockChanges(Collection<Product> changed, String correlationId) {
        return products.getSession()
                .invoke(session -> {
                    StockChangesOfUnit.of(session).add(changed);
                    unitOfWork.beforeCommit(StockChangesOfUnit.class, this::writeStockChanges);
                })
                .chain(() -> Multi.createFrom()
                        .iterable(changed)
                        .onItem()
                        .transformToUniAndConcatenate(product -> events.recordStockChanges(product, correlationId))
                        .collect()
                        .last()
                        .replaceWithVoid());
    }

    /**
     * Writes the products the unit of work's reservations and releases changed: one update of each product, at the
     * version its changes counted, and one of its read-model row, however many orders changed it. Run after the
     * unit's work, before its commit: {@link #saveStockChanges} asks the unit of work for it.
     */
    Uni<Void> writeStockChanges() {
        return Uni.createFrom()
                .item(StockChangesOfUnit::take)
                .chain(changed -> Multi.createFrom()
                        .iterable(changed)
                        .onItem()
                        .transformToUniAndConcatenate(
                                product -> products.saveStock(product).chain(() -> projector.projectStock(product)))
                        .collect()
                        .last()
                        .replaceWithVoid());
    }
}
