package dev.oms.product.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * The descriptive part of a product, which the catalogue admin edits as a whole. A SKU identifies a product whatever
 * its letter case ({@code mug-1} and {@code MUG-1} are one SKU: people type SKUs from labels, and two products told
 * apart only by case would be a mistake on a shelf); it is kept as written for display.
 */
public record ProductDetails(String sku, String name, String description, String category) {

    public ProductDetails {
        sku = requireText(sku, "sku");
        name = requireText(name, "name");
        category = requireText(category, "category");
        description = description == null || description.isBlank() ? null : description.strip();
    }

    /** The form under which a SKU is unique: lower case, as written otherwise. */
    public static String skuKey(String sku) {
        return sku.strip().toLowerCase(Locale.ROOT);
    }

    private static String requireText(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value.strip();
    }
}
