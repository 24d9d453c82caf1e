package dev.oms.order.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/**
 * One product and quantity of an order. Name and unit price are unknown while the order is pending: they come from
 * the catalogue when product-service reserves the stock, never from the client. The client may say which unit price
 * the customer saw ({@code seenUnitPrice}, {@code seenCurrency}, both or neither): the reservation then never charges
 * more, nor in another currency.
 */
@Embeddable
public record OrderLine(
        @Column(name = "product_id", nullable = false) UUID productId,
        @Column(nullable = false) int quantity,
        @Column(name = "product_name", length = 200) String productName,

        @Column(name = "unit_price", precision = 19, scale = 4)
        BigDecimal unitPrice,

        @Column(length = 3) String currency,

        @Column(name = "seen_unit_price", precision = 19, scale = 4)
        BigDecimal seenUnitPrice,

        @Column(name = "seen_currency", length = 3) String seenCurrency) {

    public OrderLine {
        Objects.requireNonNull(productId, "productId");
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be >= 1");
        }
        if ((seenUnitPrice == null) != (seenCurrency == null)) {
            throw new IllegalArgumentException("a seen price has an amount and a currency");
        }
    }

    /** A line as the customer orders it: not priced yet. */
    public OrderLine(UUID productId, int quantity) {
        this(productId, quantity, null, null);
    }

    /** A line as the customer orders it, at the unit price they saw (both null when they saw none). */
    public OrderLine(UUID productId, int quantity, BigDecimal seenUnitPrice, String seenCurrency) {
        this(productId, quantity, null, null, null, seenUnitPrice, seenCurrency);
    }

    OrderLine priced(String productName, BigDecimal unitPrice, String currency) {
        return new OrderLine(productId, quantity, productName, unitPrice, currency, seenUnitPrice, seenCurrency);
    }
}
