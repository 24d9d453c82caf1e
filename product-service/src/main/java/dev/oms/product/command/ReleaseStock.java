package dev.oms.product.command;

import java.util.Objects;
import java.util.UUID;

/** Give back what this cancelled order holds, once; remember the cancellation if the order has not arrived yet. */
public record ReleaseStock(UUID orderId) {

    public ReleaseStock {
        Objects.requireNonNull(orderId, "orderId");
    }
}
