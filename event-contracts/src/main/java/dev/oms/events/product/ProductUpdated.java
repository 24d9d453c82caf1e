package dev.oms.events.product;

import dev.oms.events.EventPayload;
import dev.oms.events.OptionalField;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A product's details changed. Carries the whole new state, so a consumer can replace what it holds; the envelope's
 * aggregateVersion (which counts every change, stock included) tells it whether what it holds is newer.
 * {@code detailsVersion} counts the changes to the details and price only: the version the product API shows as the
 * product's ETag. Added to v1 as an optional field: a producer that predates it leaves it out.
 */
public record ProductUpdated(
        UUID productId,
        String sku,
        String name,
        @OptionalField String description,
        String category,
        BigDecimal price,
        String currency,
        int stock,
        @OptionalField Long detailsVersion)
        implements EventPayload {}
