package dev.oms.product.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A product as the query side returns it. {@code version} is the version of its details and price, which stock
 * movements leave as it is: the product's ETag, and what an edit names as If-Match or as its body's version.
 */
public record ProductView(
        UUID id,
        String sku,
        String name,
        String description,
        String category,
        BigDecimal price,
        String currency,
        int availableStock,
        long version,
        Instant updatedAt) {

    static ProductView of(ProductRecord r) {
        return new ProductView(
                r.id,
                r.sku,
                r.name,
                r.description,
                r.category,
                r.price,
                r.currency,
                r.availableStock,
                r.detailsVersion,
                r.updatedAt);
    }
}
