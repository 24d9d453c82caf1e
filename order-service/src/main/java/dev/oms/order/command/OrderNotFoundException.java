package dev.oms.order.command;

import java.util.UUID;

/** A command or a read named an order that does not exist. */
public class OrderNotFoundException extends RuntimeException {

    public OrderNotFoundException(UUID orderId) {
        super("No order with id " + orderId);
    }
}
