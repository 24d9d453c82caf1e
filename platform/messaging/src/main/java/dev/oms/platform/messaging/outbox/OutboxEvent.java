package dev.oms.platform.messaging.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An event waiting to be published, written in the same transaction as the change that raised it. The entity is
 * known by its event id, which the code assigns: Hibernate can then send a transaction's rows as one batch at the
 * flush, where an identity key would cost a round trip per row to learn its value. The table's identity column is
 * still the publishing order ({@link #sequenceNumber}); the database fills it in and the relay reads it back.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    /** The order of publishing: the identity column, given by the database when the row is inserted. */
    @Column(name = "id", insertable = false, updatable = false)
    public Long sequenceNumber;

    @Column(name = "event_type", nullable = false, length = 100)
    public String eventType;

    @Column(name = "aggregate_id", nullable = false, length = 64)
    public String aggregateId;

    @Column(nullable = false, length = 1_000_000)
    public String envelope;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    /**
     * The W3C traceparent of the span that raised the event; null when none was active. Rows written before
     * {@link #traceContext} have only this; it is still written for relays of the previous version.
     */
    @Column(name = "trace_parent", length = 55)
    public String traceParent;

    /** The trace context the event was raised in, as the configured propagators carry it (see {@link OutboxTrace}). */
    @Column(name = "trace_context", length = 16_384)
    public String traceContext;
}
