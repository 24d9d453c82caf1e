package dev.oms.platform.messaging.outbox;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row a relay must lock before it publishes. Only the replica holding it publishes, so the outbox goes out
 * in one order however many replicas run; the others skip the row (SKIP LOCKED / READPAST) and wait for their turn.
 */
@Entity
@Table(name = "outbox_relay_lock")
public class OutboxRelayLock {

    public static final int ID = 1;

    @Id
    public int id;
}
