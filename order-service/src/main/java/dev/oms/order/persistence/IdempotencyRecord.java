package dev.oms.order.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An {@code Idempotency-Key} a customer sent with an order, the fingerprint of that request and the order it placed.
 * The pair (customer, key) is unique in the database, and the row is written in the transaction that places the
 * order, so one key can never place two orders, not even by two requests at the same moment.
 */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyRecord {

    /** The unique constraint on (customer_id, idempotency_key); a duplicate insert names it. */
    public static final String UNIQUE_CONSTRAINT = "uk_idempotency_key_customer_key";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "customer_id", nullable = false, length = 64)
    public String customerId;

    @Column(name = "idempotency_key", nullable = false, length = 255)
    public String key;

    @Column(name = "request_hash", nullable = false, length = 64)
    public String requestHash;

    @Column(name = "order_id", nullable = false)
    public UUID orderId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
