package dev.oms.order.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an order is in its life, and the one table of the moves between statuses:
 *
 * <pre>
 * PENDING   -> CONFIRMED | REJECTED   (only by product-service's stock outcome)
 * PENDING   -> CANCELLED
 * CONFIRMED -> SHIPPED | CANCELLED
 * SHIPPED   -> DELIVERED
 * REJECTED, DELIVERED, CANCELLED: final
 * </pre>
 */
public enum OrderStatus {
    /** Placed; waiting for product-service to reserve the stock. */
    PENDING,
    /** Stock reserved; prices fixed. */
    CONFIRMED,
    /** Stock could not be reserved. Final. */
    REJECTED,
    SHIPPED,
    /** Final. */
    DELIVERED,
    /** Final. */
    CANCELLED;

    /** The statuses this one may move to. */
    public Set<OrderStatus> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(CONFIRMED, REJECTED, CANCELLED);
            case CONFIRMED -> EnumSet.of(SHIPPED, CANCELLED);
            case SHIPPED -> EnumSet.of(DELIVERED);
            case REJECTED, DELIVERED, CANCELLED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    public boolean canBecome(OrderStatus to) {
        return next().contains(to);
    }

    /**
     * Whether a person (through the API) may ask for this status. CONFIRMED and REJECTED are decided by the stock
     * outcome alone: only product-service knows whether the stock is there; PENDING is only ever the first status.
     */
    public boolean isRequestable() {
        return this == SHIPPED || this == DELIVERED || this == CANCELLED;
    }

    /** The statuses a person may ask for, for messages and the API description. */
    public static Set<OrderStatus> requestable() {
        return EnumSet.of(SHIPPED, DELIVERED, CANCELLED);
    }
}
