package dev.oms.order.command;

import java.util.List;
import java.util.UUID;

/** Command: a customer places an order. */
public record PlaceOrder(String customerId, List<Line> lines) {

    public PlaceOrder {
        lines = List.copyOf(lines);
    }

    public record Line(UUID productId, int quantity) {
    }
}
