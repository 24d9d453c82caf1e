package dev.oms.product.command;

import dev.oms.events.order.OrderPlaced;
import dev.oms.events.product.StockRejected;
import dev.oms.events.product.StockReserved;
import dev.oms.product.domain.Product;
import dev.oms.product.messaging.outbox.Outbox;
import dev.oms.product.persistence.ProductRepository;
import dev.oms.product.projection.ProductProjector;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reserves the stock an order asks for: every line or none. Each line is one conditional UPDATE (taken only if enough
 * is available); if any line cannot be taken the whole transaction rolls back and a second one records
 * {@code StockRejected} with the reason per line. On success {@code StockReserved} carries the catalogue's names and
 * prices, and each product taken from records {@code ProductStockChanged} (with the order's id) and has its read-model
 * row updated, so every replica's cache learns of the new stock.
 */
@ApplicationScoped
public class ReserveStockHandler {

    private final ProductRepository products;
    private final ProductProjector projector;
    private final Outbox outbox;
    private final CommittedProductChanges committed;
    private final Clock clock;

    public ReserveStockHandler(ProductRepository products, ProductProjector projector, Outbox outbox,
            CommittedProductChanges committed, Clock clock) {
        this.products = products;
        this.projector = projector;
        this.outbox = outbox;
        this.committed = committed;
        this.clock = clock;
    }

    public Uni<Void> handle(OrderPlaced order) {
        return Panache.withTransaction(() -> takeAll(order).chain(() -> recordReserved(order)))
                .call(() -> committed.committed(quantitiesByProduct(order).keySet()))
                .onFailure(NotReservable.class)
                .recoverWithUni(() -> Panache.withTransaction(() -> recordRejected(order)));
    }

    private Uni<Void> takeAll(OrderPlaced order) {
        var now = clock.instant();
        return Multi.createFrom().iterable(order.lines())
                .onItem().transformToUniAndConcatenate(line -> products.takeStock(line.productId(), line.quantity(), now))
                .collect().asList()
                .invoke(taken -> {
                    if (taken.contains(Boolean.FALSE)) {
                        throw new NotReservable();
                    }
                })
                .replaceWithVoid();
    }

    private Uni<Void> recordReserved(OrderPlaced order) {
        return productsById(order).call(byId -> recordStockChanges(order, byId)).chain(byId -> {
            var lines = order.lines().stream().map(line -> {
                var product = byId.get(line.productId());
                return new StockReserved.Line(product.id(), product.name(), product.price().amount(),
                        product.price().currency(), line.quantity());
            }).toList();
            return outbox.append(List.of(new StockReserved(order.orderId(), lines)), order.orderId().toString(), 0,
                    order.orderId().toString());
        });
    }

    private Uni<Void> recordStockChanges(OrderPlaced order, Map<UUID, Product> byId) {
        return Multi.createFrom().iterable(quantitiesByProduct(order).entrySet())
                .onItem().transformToUniAndConcatenate(taken -> {
                    var product = byId.get(taken.getKey());
                    product.recordReservation(taken.getValue(), order.orderId());
                    return projector.project(product)
                            .chain(() -> outbox.append(product.takePendingEvents(), product.id().toString(),
                                    product.version(), order.orderId().toString(), product.updatedAt()));
                })
                .collect().last()
                .replaceWithVoid();
    }

    /** What the order takes from each product, in the order's line order; one product may appear on several lines. */
    static Map<UUID, Integer> quantitiesByProduct(OrderPlaced order) {
        var quantities = new LinkedHashMap<UUID, Integer>();
        order.lines().forEach(line -> quantities.merge(line.productId(), line.quantity(), Integer::sum));
        return quantities;
    }

    private Uni<Void> recordRejected(OrderPlaced order) {
        return productsById(order).chain(byId -> {
            List<StockRejected.Line> lines = order.lines().stream()
                    .map(line -> {
                        var product = byId.get(line.productId());
                        if (product == null) {
                            return new StockRejected.Line(line.productId(), line.quantity(), 0,
                                    StockRejected.Reason.UNKNOWN_PRODUCT);
                        }
                        if (product.stock() < line.quantity()) {
                            return new StockRejected.Line(line.productId(), line.quantity(), product.stock(),
                                    StockRejected.Reason.INSUFFICIENT_STOCK);
                        }
                        return null;
                    })
                    .filter(Objects::nonNull)
                    .toList();
            if (lines.isEmpty()) {
                // the stock that was short has been restocked since the rollback: report every line as it is now
                lines = order.lines().stream()
                        .map(line -> new StockRejected.Line(line.productId(), line.quantity(),
                                byId.get(line.productId()).stock(), StockRejected.Reason.INSUFFICIENT_STOCK))
                        .toList();
            }
            return outbox.append(List.of(new StockRejected(order.orderId(), lines)), order.orderId().toString(), 0,
                    order.orderId().toString());
        });
    }

    private Uni<Map<UUID, Product>> productsById(OrderPlaced order) {
        var ids = order.lines().stream().map(OrderPlaced.Line::productId).toList();
        return products.list("id in ?1", ids)
                .map(found -> found.stream().collect(Collectors.toMap(Product::id, Function.identity())));
    }

    /** Signals that at least one line could not be taken, so the transaction must roll back. */
    private static final class NotReservable extends RuntimeException {
        NotReservable() {
            super(null, null, false, false);
        }
    }
}
