package dev.oms.order.domain;

import java.util.UUID;

/** A status change the order's state machine does not allow from where the order is. */
public class IllegalStatusTransitionException extends RuntimeException {

    private final OrderStatus current;
    private final OrderStatus requested;

    public IllegalStatusTransitionException(UUID orderId, OrderStatus current, OrderStatus requested) {
        super("Order " + orderId + " is " + current + " and cannot become " + requested);
        this.current = current;
        this.requested = requested;
    }

    public OrderStatus current() {
        return current;
    }

    public OrderStatus requested() {
        return requested;
    }
}
