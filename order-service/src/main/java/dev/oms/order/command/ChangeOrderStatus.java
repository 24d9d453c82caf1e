package dev.oms.order.command;

import dev.oms.order.domain.OrderStatus;
import java.util.UUID;

/**
 * Command: someone asks an order to move to another status (ship, deliver, cancel). {@code customerId} is set when a
 * customer asks: they may act only on their own orders, and only cancel them while PENDING or CONFIRMED. It is null
 * when fulfilment staff ask.
 */
public record ChangeOrderStatus(UUID orderId, OrderStatus status, String reason, String customerId) {

    /** Asked by fulfilment staff, who may act on any order. */
    public ChangeOrderStatus(UUID orderId, OrderStatus status, String reason) {
        this(orderId, status, reason, null);
    }

    public static ChangeOrderStatus byCustomer(String customerId, UUID orderId, OrderStatus status, String reason) {
        return new ChangeOrderStatus(orderId, status, reason, customerId);
    }

    boolean byCustomer() {
        return customerId != null;
    }
}
