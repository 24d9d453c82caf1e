package dev.oms.order.command;

import java.util.List;
import java.util.UUID;

/**
 * Command: a customer places an order. {@code idempotencyKey} is optional; with one, a retry of the same request
 * answers the order the first one placed.
 */
public record PlaceOrder(String customerId, List<Line> lines, String idempotencyKey) {

    public PlaceOrder {
        lines = List.copyOf(lines);
    }

    public PlaceOrder(String customerId, List<Line> lines) {
        this(customerId, lines, null);
    }

    public record Line(UUID productId, int quantity) {}
}
