package dev.oms.order.command;

import dev.oms.order.domain.OrderStatus;
import java.util.UUID;

/** A customer asked for a status change only staff may make: anything but cancelling a PENDING or CONFIRMED order. */
public class NotAllowedForCustomerException extends RuntimeException {

    public NotAllowedForCustomerException(UUID orderId, OrderStatus current, OrderStatus requested) {
        super(
                requested == OrderStatus.CANCELLED
                        ? "A customer may cancel an order only while it is PENDING or CONFIRMED; order " + orderId
                                + " is " + current
                        : "A customer may only cancel an order; " + requested + " is set by fulfilment staff");
    }
}
