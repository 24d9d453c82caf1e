package dev.oms.order.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/**
 * One product and quantity of an order. Name and unit price are unknown while the order is pending: they come from
 * the catalogue when product-service reserves the stock, never from the client.
 */
@Embeddable
public record OrderLine(
        @Column(name = "product_id", nullable = false) UUID productId,
        @Column(nullable = false) int quantity,
        @Column(name = "product_name", length = 200) String productName,

        @Column(name = "unit_price", precision = 19, scale = 4)
        BigDecimal unitPrice,

        @Column(length = 3) String currency) {

    public OrderLine {
        Objects.requireNonNull(productId, "productId");
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be >= 1");
        }
    }

    /** A line as the customer orders it: not priced yet. */
    public OrderLine(UUID productId, int quantity) {
        this(productId, quantity, null, null, null);
    }

    OrderLine priced(String productName, BigDecimal unitPrice, String currency) {
        return new OrderLine(productId, quantity, productName, unitPrice, currency);
    }
}
