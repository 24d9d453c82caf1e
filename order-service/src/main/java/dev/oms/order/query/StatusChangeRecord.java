package dev.oms.order.query;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** An entry of an order's status history as the query side reads it. */
@Entity(name = "StatusChangeRecord")
@Table(name = "order_status_change")
@IdClass(StatusChangeRecord.Key.class)
@Immutable
public class StatusChangeRecord {

    @Id
    @Column(name = "order_id")
    public UUID orderId;

    @Id
    public int seq;

    @Column(name = "changed_at")
    public Instant at;

    @Column(name = "from_status")
    public String from;

    @Column(name = "to_status")
    public String to;

    public String reason;

    /** The composite key (order, sequence number). */
    public static class Key implements Serializable {

        public UUID orderId;
        public int seq;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && seq == key.seq && Objects.equals(orderId, key.orderId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(orderId, seq);
        }
    }
}
