package dev.oms.events.product;

import dev.oms.events.EventPayload;
import dev.oms.events.OptionalField;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A product's details changed. Carries the whole new state, so a consumer can replace what it holds; the envelope's
 * aggregateVersion tells it whether what it holds is newer.
 */
public record ProductUpdated(
        UUID productId,
        String sku,
        String name,
        @OptionalField String description,
        String category,
        BigDecimal price,
        String currency,
        int stock)
        implements EventPayload {}
