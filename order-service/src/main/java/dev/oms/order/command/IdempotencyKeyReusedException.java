package dev.oms.order.command;

/** An Idempotency-Key came back with a different request than the one it was first used for. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException(String key) {
        super("Idempotency-Key '" + key + "' was already used for a different order request");
    }
}
