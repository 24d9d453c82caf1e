package dev.oms.events.order;

import dev.oms.events.EventPayload;
import java.util.List;
import java.util.UUID;

/** A customer placed an order; product-service answers with StockReserved or StockRejected. */
public record OrderPlaced(UUID orderId, String customerId, List<Line> lines) implements EventPayload {

    public OrderPlaced {
        lines = List.copyOf(lines);
    }

    public record Line(UUID productId, int quantity) {}
}
