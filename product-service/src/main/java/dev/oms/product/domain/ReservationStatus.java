package dev.oms.product.domain;

/** What became of an order's request for stock. */
public enum ReservationStatus {
    /** Every line was taken from stock and is held for the order. */
    RESERVED,
    /** At least one line could not be taken; nothing was. */
    REJECTED,
    /** The order was cancelled after its stock was reserved; the stock went back. */
    RELEASED,
    /** The cancellation arrived before the order itself: when the order arrives, nothing is reserved. */
    CANCELLED_BEFORE_PLACED
}
