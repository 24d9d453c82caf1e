package dev.oms.product.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A product as the query side returns it. */
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
                r.version,
                r.updatedAt);
    }
}
