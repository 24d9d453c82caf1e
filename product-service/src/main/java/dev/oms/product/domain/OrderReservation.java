package dev.oms.product.domain;

import dev.oms.platform.domain.Aggregate;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The stock an order holds: the ledger that makes reserving all-or-nothing, releasing exactly once, and replays
 * harmless. There is one per order id, whatever reaches product-service first (the order or its cancellation), and
 * its status only moves forward.
 */
@Entity
@Table(name = "order_reservation")
public class OrderReservation extends Aggregate<ReservationEvent> {

    @Id
    @Column(name = "order_id")
    private UUID orderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ReservationStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_reservation_line", joinColumns = @JoinColumn(name = "order_id"))
    private List<Line> lines = new ArrayList<>();

    protected OrderReservation() {
        // for the persistence provider
    }

    /** Reserves every line of an order or none, whatever the catalogue's prices now are. */
    public static OrderReservation place(
            UUID orderId, Map<UUID, Integer> quantities, Map<UUID, Product> products, Instant now) {
        return place(orderId, quantities, Map.of(), products, now);
    }

    /**
     * Reserves every line of an order or none. {@code products} holds the products the order names that exist,
     * locked by the caller for the transaction; a product it lacks is unknown. {@code seenPrices} holds the unit price
     * the customer saw, for the lines that carry one: the line is charged the catalogue's price only if that is in the
     * same currency and not higher (never more than the customer agreed to). An order is paid in one currency, so its
     * products must all be priced in one.
     */
    public static OrderReservation place(
            UUID orderId,
            Map<UUID, Integer> quantities,
            Map<UUID, Money> seenPrices,
            Map<UUID, Product> products,
            Instant now) {
        Objects.requireNonNull(orderId, "orderId");
        if (quantities.isEmpty()) {
            throw new IllegalArgumentException("an order reserves at least one product");
        }
        var reservation = new OrderReservation();
        reservation.orderId = orderId;
        reservation.changedAt(now);
        var shortfalls = shortfalls(quantities, seenPrices, products);
        if (!shortfalls.isEmpty()) {
            reservation.status = ReservationStatus.REJECTED;
            reservation.raise(new ReservationEvent.Refused(orderId, shortfalls));
            return reservation;
        }
        var reserved = new ArrayList<ReservationEvent.ReservedLine>();
        quantities.forEach((productId, quantity) -> {
            var product = products.get(productId);
            product.reserve(quantity, orderId, now);
            reservation.lines.add(new Line(productId, quantity));
            reserved.add(new ReservationEvent.ReservedLine(productId, product.name(), product.price(), quantity));
        });
        reservation.status = ReservationStatus.RESERVED;
        reservation.raise(new ReservationEvent.Reserved(orderId, reserved));
        return reservation;
    }

    /** The order was cancelled before product-service saw it: remember that, so it reserves nothing for it later. */
    public static OrderReservation cancelledBeforePlaced(UUID orderId, Instant now) {
        var reservation = new OrderReservation();
        reservation.orderId = Objects.requireNonNull(orderId, "orderId");
        reservation.status = ReservationStatus.CANCELLED_BEFORE_PLACED;
        reservation.changedAt(now);
        return reservation;
    }

    /**
     * The order was cancelled: a held reservation goes back to stock, once. {@code products} are the reserved
     * products, locked by the caller. Anything else (rejected, already released) needs nothing.
     *
     * @return whether stock was released
     */
    public boolean release(Map<UUID, Product> products, Instant now) {
        if (status != ReservationStatus.RESERVED) {
            return false;
        }
        for (var line : lines) {
            var product = products.get(line.productId);
            if (product == null) {
                throw new IllegalStateException("reserved product " + line.productId + " no longer exists");
            }
            product.release(line.quantity, orderId, now);
        }
        status = ReservationStatus.RELEASED;
        changedAt(now);
        return true;
    }

    private static List<ReservationEvent.Shortfall> shortfalls(
            Map<UUID, Integer> quantities, Map<UUID, Money> seenPrices, Map<UUID, Product> products) {
        var currencies = quantities.keySet().stream()
                .map(products::get)
                .filter(Objects::nonNull)
                .map(product -> product.price().currency())
                .distinct()
                .count();
        var shortfalls = new ArrayList<ReservationEvent.Shortfall>();
        quantities.forEach((productId, quantity) -> {
            var product = products.get(productId);
            if (product == null) {
                shortfalls.add(
                        new ReservationEvent.Shortfall(productId, quantity, 0, ReservationEvent.Why.UNKNOWN_PRODUCT));
                return;
            }
            var why = why(product, quantity, seenPrices.get(productId), currencies > 1);
            if (why != null) {
                shortfalls.add(
                        new ReservationEvent.Shortfall(productId, quantity, product.stock(), why, product.price()));
            }
        });
        return shortfalls;
    }

    /** Why this line cannot be reserved; null when it can. */
    private static ReservationEvent.Why why(Product product, int quantity, Money seenPrice, boolean mixedCurrencies) {
        if (product.stock() < quantity) {
            return ReservationEvent.Why.INSUFFICIENT_STOCK;
        }
        if (!acceptable(product.price(), seenPrice)) {
            return ReservationEvent.Why.PRICE_CHANGED;
        }
        return mixedCurrencies ? ReservationEvent.Why.MIXED_CURRENCIES : null;
    }

    /** The catalogue's price may be charged: no price was seen, or it is in that currency and not higher. */
    private static boolean acceptable(Money catalogue, Money seen) {
        return seen == null
                || (catalogue.currency().equals(seen.currency())
                        && catalogue.amount().compareTo(seen.amount()) <= 0);
    }

    public UUID orderId() {
        return orderId;
    }

    public ReservationStatus status() {
        return status;
    }

    /** The reserved products, ids only. */
    public List<UUID> productIds() {
        return lines.stream().map(Line::productId).toList();
    }

    /** One product held for the order. */
    @Embeddable
    public record Line(
            @Column(name = "product_id", nullable = false) UUID productId,
            @Column(nullable = false) int quantity) {}
}
