package dev.oms.order.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** What happened to an order, in the domain's words. The edge turns these into the published contracts. */
public sealed interface OrderEvent {

    UUID orderId();

    /** A customer placed an order for these quantities. */
    record Placed(UUID orderId, String customerId, List<Quantity> lines) implements OrderEvent {
        public Placed {
            lines = List.copyOf(lines);
        }
    }

    /** The order moved from one status to another, for this reason (may be null). */
    record StatusChanged(UUID orderId, String customerId, OrderStatus from, OrderStatus to, String reason)
            implements OrderEvent {}

    /** The order was cancelled or expired: any stock held for it is to be given back. */
    record Cancelled(UUID orderId, String reason) implements OrderEvent {}

    /** {@code seenUnitPrice} and {@code seenCurrency}: the price the customer saw, both null when none. */
    record Quantity(UUID productId, int quantity, BigDecimal seenUnitPrice, String seenCurrency) {

        public Quantity(UUID productId, int quantity) {
            this(productId, quantity, null, null);
        }
    }
}
