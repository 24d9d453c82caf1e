package dev.oms.order.domain;

/** A person asked for a status that only the system sets (CONFIRMED, REJECTED) or that is never a target (PENDING). */
public class StatusNotRequestableException extends RuntimeException {

    private final OrderStatus requested;

    public StatusNotRequestableException(OrderStatus requested) {
        super(requested + " is not a status that can be requested; it must be one of " + OrderStatus.requestable());
        this.requested = requested;
    }

    public OrderStatus requested() {
        return requested;
    }
}
