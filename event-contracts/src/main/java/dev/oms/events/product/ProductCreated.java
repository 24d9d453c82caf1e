package dev.oms.events.product;

import dev.oms.events.EventPayload;
import dev.oms.events.OptionalField;
import java.math.BigDecimal;
import java.util.UUID;

/** A product was added to the catalogue. */
public record ProductCreated(
        UUID productId,
        String sku,
        String name,
        @OptionalField String description,
        String category,
        BigDecimal price,
        String currency,
        int stock)
        implements EventPayload {}
