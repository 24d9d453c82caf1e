package dev.oms.order.query;

import dev.oms.platform.query.AggregateRow;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * The query side's read-only view of an order with its lines and status history, mapped apart from the command side's
 * aggregate. The collections are lazy: {@link OrderQueries} fetches them for a whole page in one query each.
 */
@Entity(name = "OrderRecord")
@Table(name = "customer_order")
@Immutable
public class OrderRecord extends AggregateRow {

    @Column(name = "customer_id")
    public String customerId;

    public String status;

    @Column(name = "created_at")
    public Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "order_line", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "line_no")
    public List<Line> lines;

    @ElementCollection
    @CollectionTable(name = "order_status_change", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "seq")
    public List<Change> history;

    /** A line as stored: name, price and currency are null until the order is confirmed. */
    @Embeddable
    public record Line(
            @Column(name = "product_id") UUID productId,
            int quantity,
            @Column(name = "product_name") String productName,
            @Column(name = "unit_price") BigDecimal unitPrice,
            String currency,
            @Column(name = "seen_unit_price") BigDecimal seenUnitPrice,
            @Column(name = "seen_currency") String seenCurrency) {}

    /** An entry of the status history. */
    @Embeddable
    public record Change(
            @Column(name = "changed_at") Instant at,
            @Column(name = "from_status") String from,
            @Column(name = "to_status") String to,
            String reason) {}
}
