package dev.oms.product.command;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Command: replace a product's details and price. {@code expectedVersion} is the details version the caller read; {@code
 * currency} null keeps the product's currency.
 */
public record UpdateProductDetails(
        UUID productId,
        long expectedVersion,
        String sku,
        String name,
        String description,
        String category,
        BigDecimal price,
        String currency) {}
