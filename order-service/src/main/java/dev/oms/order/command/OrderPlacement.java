package dev.oms.order.command;

/** The answer to placing an order: the order, and whether it was placed by an earlier request with the same key. */
public record OrderPlacement(OrderAccepted order, boolean replayed) {}
