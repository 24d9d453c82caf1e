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
public class OrderLine {

    @Column(name = "product_id", nullable = false)
    private UUID productId;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "product_name", length = 200)
    private String productName;

    @Column(name = "unit_price", precision = 19, scale = 4)
    private BigDecimal unitPrice;

    @Column(length = 3)
    private String currency;

    protected OrderLine() {
        // for the persistence provider
    }

    public OrderLine(UUID productId, int quantity) {
        this.productId = Objects.requireNonNull(productId, "productId");
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be >= 1");
        }
        this.quantity = quantity;
    }

    void price(String productName, BigDecimal unitPrice, String currency) {
        this.productName = productName;
        this.unitPrice = unitPrice;
        this.currency = currency;
    }

    public UUID productId() {
        return productId;
    }

    public int quantity() {
        return quantity;
    }

    public String productName() {
        return productName;
    }

    public BigDecimal unitPrice() {
        return unitPrice;
    }

    public String currency() {
        return currency;
    }
}
