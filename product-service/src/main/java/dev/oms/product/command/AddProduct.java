package dev.oms.product.command;

import java.math.BigDecimal;

/** Command: add a product to the catalogue. {@code currency} null means the deployment's default currency. */
public record AddProduct(
        String sku, String name, String description, String category, BigDecimal price, String currency, int stock) {}
