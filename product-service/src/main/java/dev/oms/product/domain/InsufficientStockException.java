package dev.oms.product.domain;

import java.util.UUID;

/** A stock adjustment would take the available stock below zero. */
public class InsufficientStockException extends RuntimeException {

    private final int available;

    public InsufficientStockException(UUID productId, int available, int delta) {
        super("Product " + productId + " has " + available + " in stock; an adjustment of " + delta
                + " would take it below zero");
        this.available = available;
    }

    public int available() {
        return available;
    }
}
