package dev.oms.order.command;

import java.util.UUID;

/** Another change to the same order committed first (its version moved on); this one was not applied. */
public class ConcurrentOrderChangeException extends RuntimeException {

    public ConcurrentOrderChangeException(UUID orderId, Throwable cause) {
        super("Order " + orderId + " was changed by another request at the same time; read it again and retry", cause);
    }
}
