package dev.oms.product.command;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Reserve, for this order, every quantity or none; a product counts once, its quantities summed, in line order. */
public record ReserveStock(UUID orderId, Map<UUID, Integer> quantities) {

    public ReserveStock {
        Objects.requireNonNull(orderId, "orderId");
        quantities = Collections.unmodifiableMap(new LinkedHashMap<>(quantities));
    }
}
