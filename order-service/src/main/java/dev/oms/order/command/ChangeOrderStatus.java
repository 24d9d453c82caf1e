package dev.oms.order.command;

import dev.oms.order.domain.OrderStatus;
import java.util.UUID;

/** Command: someone asks an order to move to another status (ship, deliver, cancel). */
public record ChangeOrderStatus(UUID orderId, OrderStatus status, String reason) {
}
