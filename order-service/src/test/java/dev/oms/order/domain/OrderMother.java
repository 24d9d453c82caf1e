package dev.oms.order.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Orders in every status, reached the way a real order gets there. */
public final class OrderMother {

    public static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    public static final UUID KEYBOARD = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    public static final UUID MOUSE = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    private OrderMother() {}

    public static Order pending() {
        return Order.place("customer-7", List.of(new OrderLine(KEYBOARD, 2), new OrderLine(MOUSE, 1)), NOW);
    }

    public static Map<UUID, Order.PricedProduct> cataloguePrices() {
        return Map.of(
                KEYBOARD, new Order.PricedProduct("Keyboard", new BigDecimal("50.00"), "EUR"),
                MOUSE, new Order.PricedProduct("Mouse", new BigDecimal("19.99"), "EUR"));
    }

    /** An order in the given status, with the events of getting there already taken. */
    public static Order in(OrderStatus status) {
        var order = pending();
        switch (status) {
            case PENDING -> {}
            case CONFIRMED -> order.confirm(cataloguePrices(), NOW);
            case REJECTED -> order.reject("out of stock", NOW);
            case SHIPPED -> {
                order.confirm(cataloguePrices(), NOW);
                order.request(OrderStatus.SHIPPED, "parcel 1", NOW);
            }
            case DELIVERED -> {
                order.confirm(cataloguePrices(), NOW);
                order.request(OrderStatus.SHIPPED, "parcel 1", NOW);
                order.request(OrderStatus.DELIVERED, "signed for", NOW);
            }
            case CANCELLED -> order.request(OrderStatus.CANCELLED, "changed my mind", NOW);
        }
        order.takePendingEvents();
        return order;
    }
}
