package dev.oms.product.command;

import java.util.UUID;

/** A command or a read named a product the catalogue does not have. */
public class ProductNotFoundException extends RuntimeException {

    public ProductNotFoundException(UUID productId) {
        super("No product with id " + productId);
    }
}
