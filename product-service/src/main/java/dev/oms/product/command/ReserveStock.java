package dev.oms.product.command;

import dev.oms.product.domain.Money;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Reserve, for this order, every quantity or none; a product counts once, its quantities summed, in line order.
 * {@code seenPrices}: the unit price the customer saw, for the products whose line carried one.
 */
public record ReserveStock(UUID orderId, Map<UUID, Integer> quantities, Map<UUID, Money> seenPrices) {

    public ReserveStock {
        Objects.requireNonNull(orderId, "orderId");
        quantities = Collections.unmodifiableMap(new LinkedHashMap<>(quantities));
        seenPrices = Map.copyOf(seenPrices);
    }
}
