package dev.oms.product.query;

/** A page cursor that this service did not make, or made for another sort. */
public class InvalidCursorException extends RuntimeException {

    public InvalidCursorException(String message) {
        super(message);
    }
}
