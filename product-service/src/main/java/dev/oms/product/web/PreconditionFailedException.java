package dev.oms.product.web;

import dev.oms.product.domain.StaleVersionException;

/** A stale version that the client sent as {@code If-Match}: HTTP says 412 rather than 409. */
class PreconditionFailedException extends RuntimeException {

    private final long currentVersion;

    PreconditionFailedException(StaleVersionException stale) {
        super(stale.getMessage(), stale);
        this.currentVersion = stale.currentVersion();
    }

    /** The details version found: the ETag the client should read again. */
    long currentVersion() {
        return currentVersion;
    }
}
