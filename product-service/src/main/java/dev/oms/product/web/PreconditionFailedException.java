package dev.oms.product.web;

import dev.oms.product.domain.StaleVersionException;

/** A stale version that the client sent as {@code If-Match}: HTTP says 412 rather than 409. */
class PreconditionFailedException extends RuntimeException {

    PreconditionFailedException(StaleVersionException stale) {
        super(stale.getMessage(), stale);
    }
}
