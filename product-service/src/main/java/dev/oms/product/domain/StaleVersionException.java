package dev.oms.product.domain;

import java.util.UUID;

/** A change was made against a version of the product that is no longer the current one. */
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
