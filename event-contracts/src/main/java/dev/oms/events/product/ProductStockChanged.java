package dev.oms.events.product;

import dev.oms.events.EventPayload;
import dev.oms.events.OptionalField;
import java.util.UUID;

/**
 * A product's available stock changed: a restock or write-off ({@code orderId} null), or a reservation or release for
 * an order.
 */
public record ProductStockChanged(
        UUID productId,
        int delta,
        int stock,
        String reason,
        @OptionalField UUID orderId) implements EventPayload {}
