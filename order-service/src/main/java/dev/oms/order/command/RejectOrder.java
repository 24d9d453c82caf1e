package dev.oms.order.command;

import java.util.Objects;
import java.util.UUID;

/** The stock could not be reserved: reject the pending order, saying why. */
public record RejectOrder(UUID orderId, String reason) {

    public RejectOrder {
        Objects.requireNonNull(orderId, "orderId");
    }
}
