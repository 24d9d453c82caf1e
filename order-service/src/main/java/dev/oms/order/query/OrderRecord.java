package dev.oms.order.query;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** The query side's read-only view of an order's head row, mapped apart from the command side's aggregate. */
@Entity(name = "OrderRecord")
@Table(name = "customer_order")
@Immutable
public class OrderRecord {

    @Id
    public UUID id;

    @Column(name = "customer_id")
    public String customerId;

    public String status;

    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
