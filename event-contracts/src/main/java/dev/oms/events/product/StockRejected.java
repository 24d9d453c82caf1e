package dev.oms.events.product;

import dev.oms.events.EventPayload;
import java.util.List;
import java.util.UUID;

/** The order could not be reserved as a whole; nothing was reserved. Says why, per offending line. */
public record StockRejected(UUID orderId, List<Line> lines) implements EventPayload {

    public StockRejected {
        lines = List.copyOf(lines);
    }

    public enum Reason {
        UNKNOWN_PRODUCT,
        INSUFFICIENT_STOCK
    }

    public record Line(UUID productId, int requested, int available, Reason reason) {}
}
