package dev.oms.events.order;

import dev.oms.events.EventPayload;
import dev.oms.events.OptionalField;
import java.util.UUID;

/** An order moved from one status to another. Statuses are the names of order-service's OrderStatus. */
public record OrderStatusChanged(
        UUID orderId,
        String customerId,
        String from,
        String to,
        @OptionalField String reason) implements EventPayload {}
