package dev.oms.product.domain;

import java.util.UUID;

/**
 * An edit was made against a version of the product's details that is no longer the current one. {@code
 * currentVersion} is the details version found, never a guess.
 */
public class StaleVersionException extends RuntimeException {

    private final UUID productId;
    private final long expectedVersion;
    private final long currentVersion;

    public StaleVersionException(UUID productId, long expectedVersion, long currentVersion) {
        super("Product " + productId + " is at version " + currentVersion + ", the change was made against version "
                + expectedVersion + "; reload it and retry");
        this.productId = productId;
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    public UUID productId() {
        return productId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
