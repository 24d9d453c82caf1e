package dev.oms.order.domain;

/** Where an order is in its life. */
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
    CANCELLED
}
