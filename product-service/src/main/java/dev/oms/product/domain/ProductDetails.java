package dev.oms.product.domain;

import java.util.Objects;

/** The descriptive part of a product, which the catalogue admin edits as a whole. */
public record ProductDetails(String sku, String name, String description, String category) {

    public ProductDetails {
        sku = requireText(sku, "sku");
        name = requireText(name, "name");
        category = requireText(category, "category");
        description = description == null || description.isBlank() ? null : description.strip();
    }

    private static String requireText(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value.strip();
    }
}
