package dev.oms.platform.messaging.outbox;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.hibernate.LockMode;

/** Stores outbox rows and finds the oldest unpublished ones. */
@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEvent, Long> {

    /** The rows not yet published (Panache's short form, as rendered for SQL Server by a test). */
    static final String PENDING = "publishedAt is null";

    static final String PENDING_OLDEST_FIRST = PENDING + " order by id";

    /**
     * Takes the relay lock for the current transaction if no other relay holds it. Hibernate's dialect writes the
     * vendor's form: {@code FOR NO KEY UPDATE SKIP LOCKED} on PostgreSQL, {@code WITH (UPDLOCK, ROWLOCK, READPAST)}
     * on SQL Server.
     */
    public Uni<Boolean> tryLockRelay() {
        return getSession()
                .chain(session -> session.find(OutboxRelayLock.class, OutboxRelayLock.ID, LockMode.UPGRADE_SKIPLOCKED))
                .map(lock -> lock != null);
    }

    public Uni<List<OutboxEvent>> oldestPending(int limit) {
        return find(PENDING_OLDEST_FIRST).page(0, limit).list();
    }

    /** When the oldest unpublished row's event happened; null when every row is published. */
    public Uni<Instant> oldestPendingSince() {
        return find(PENDING_OLDEST_FIRST).firstResult().map(oldest -> oldest == null ? null : oldest.occurredAt);
    }

    public Uni<Long> pendingCount() {
        return count(PENDING);
    }
}
