package dev.oms.product.command;

import java.util.UUID;

/** Command: restock ({@code delta > 0}) or write off ({@code delta < 0}) a product's stock, saying why. */
public record AdjustStock(UUID productId, int delta, String reason) {}
