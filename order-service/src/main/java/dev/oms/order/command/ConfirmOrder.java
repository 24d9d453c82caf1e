package dev.oms.order.command;

import dev.oms.order.domain.Order;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** The stock was reserved: confirm the pending order at the catalogue's names and prices. */
public record ConfirmOrder(UUID orderId, Map<UUID, Order.PricedProduct> prices) {

    public ConfirmOrder {
        Objects.requireNonNull(orderId, "orderId");
        prices = Map.copyOf(prices);
    }
}
