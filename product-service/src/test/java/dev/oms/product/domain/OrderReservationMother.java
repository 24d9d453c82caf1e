package dev.oms.product.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Reservations for tests, in the states the saga leaves them in, with their events (and the products') taken. */
public final class OrderReservationMother {

    private static final Instant AT = Instant.parse("2026-06-01T08:00:00Z");

    private OrderReservationMother() {}

    /** Every quantity reserved from these products, which lose the stock. */
    public static OrderReservation reserved(UUID orderId, Map<Product, Integer> quantities) {
        var byProduct = new LinkedHashMap<UUID, Integer>();
        quantities.forEach((product, quantity) -> byProduct.put(product.id(), quantity));
        var reservation = OrderReservation.place(
                orderId, byProduct, byId(quantities.keySet().toArray(Product[]::new)), AT);
        reservation.takePendingEvents();
        quantities.keySet().forEach(Product::takePendingEvents);
        return reservation;
    }

    /** The cancellation arrived before the order. */
    public static OrderReservation cancelledBeforePlaced() {
        return OrderReservation.cancelledBeforePlaced(UUID.randomUUID(), AT);
    }

    public static Map<UUID, Product> byId(Product... products) {
        var map = new LinkedHashMap<UUID, Product>();
        for (var product : products) {
            map.put(product.id(), product);
        }
        return map;
    }
}
