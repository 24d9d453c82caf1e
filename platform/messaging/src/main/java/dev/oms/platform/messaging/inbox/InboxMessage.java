package dev.oms.platform.messaging.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * An event a consumer has processed. Written in the same transaction as the consumer's effect, so a redelivered or
 * duplicated event finds it and changes nothing.
 */
@Entity
@Table(name = "inbox_message")
public class InboxMessage {

    @EmbeddedId
    public Key key;

    @Column(name = "processed_at", nullable = false)
    public Instant processedAt;

    protected InboxMessage() {}

    InboxMessage(String consumer, UUID eventId, Instant processedAt) {
        this.key = new Key(consumer, eventId);
        this.processedAt = processedAt;
    }

    /** One row per consumer and event. */
    @Embeddable
    public record Key(
            @Column(name = "consumer", length = 100) String consumer,
            @Column(name = "event_id") UUID eventId) implements Serializable {}
}
