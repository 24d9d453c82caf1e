package dev.oms.order.command;

import java.math.BigDecimal;
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

    /** {@code seenUnitPrice} and {@code seenCurrency}: the price the customer saw, both null when none. */
    public record Line(UUID productId, int quantity, BigDecimal seenUnitPrice, String seenCurrency) {

        public Line(UUID productId, int quantity) {
            this(productId, quantity, null, null);
        }
    }
}
