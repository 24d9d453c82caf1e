package dev.oms.order.query;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A line of an order as the query side reads it. */
@Entity(name = "OrderLineRecord")
@Table(name = "order_line")
@IdClass(OrderLineRecord.Key.class)
@Immutable
public class OrderLineRecord {

    @Id
    @Column(name = "order_id")
    public UUID orderId;

    @Id
    @Column(name = "line_no")
    public int lineNo;

    @Column(name = "product_id")
    public UUID productId;

    public int quantity;

    @Column(name = "product_name")
    public String productName;

    @Column(name = "unit_price")
    public BigDecimal unitPrice;

    public String currency;

    /** The composite key (order, line number). */
    public static class Key implements Serializable {

        public UUID orderId;
        public int lineNo;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && lineNo == key.lineNo && Objects.equals(orderId, key.orderId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(orderId, lineNo);
        }
    }
}
