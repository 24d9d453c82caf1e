package dev.oms.order.query;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.UUID;

/** A line of an order as the query side reads it. */
@Embeddable
public class OrderLineRecord {

    @Column(name = "product_id")
    public UUID productId;

    public int quantity;

    @Column(name = "product_name")
    public String productName;

    @Column(name = "unit_price")
    public BigDecimal unitPrice;

    public String currency;
}
