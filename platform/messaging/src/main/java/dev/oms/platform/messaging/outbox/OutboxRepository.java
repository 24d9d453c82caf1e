package dev.oms.platform.messaging.outbox;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.LockMode;

/** Stores outbox rows and finds the oldest unpublished ones. */
@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEvent, UUID> {

    /** The rows not yet published (Panache's short form, as rendered for SQL Server by a test). */
    static final String PENDING = "publishedAt is null";

    static final String PENDING_OLDEST_FIRST = PENDING + " order by sequenceNumber";

    static final String MARK_PUBLISHED = "publishedAt = ?1 where sequenceNumber in ?2";

    /** Sequence numbers per statement when marking rows published: well below SQL Server's 2,100 parameters. */
    static final int IDS_PER_STATEMENT = 1_000;

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

    /**
     * The oldest pending rows, read-only: the relay marks the published ones with {@link #markPublished}, in one
     * statement rather than one update per row at the flush.
     */
    public Uni<List<OutboxEvent>> oldestPending(int limit) {
        return find(PENDING_OLDEST_FIRST)
                .page(0, limit)
                .list()
                .call(rows -> getSession().invoke(session -> rows.forEach(row -> session.setReadOnly(row, true))));
    }

    /**
     * Stores the {@code publishedAt} of the rows that have one (the relay sets it in memory on those the broker
     * confirmed), by id: never by range, since a row with an id in between may have committed since they were read.
     */
    public Uni<Void> markPublished(List<OutboxEvent> rows) {
        var published = rows.stream().filter(row -> row.publishedAt != null).toList();
        if (published.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        var at = published.get(0).publishedAt;
        var ids = published.stream()
                .map(row -> row.sequenceNumber)
                .filter(Objects::nonNull)
                .toList();
        Uni<Void> marked = Uni.createFrom().voidItem();
        for (int from = 0; from < ids.size(); from += IDS_PER_STATEMENT) {
            var chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_STATEMENT));
            marked = marked.chain(() -> update(MARK_PUBLISHED, at, chunk)).replaceWithVoid();
        }
        return marked;
    }

    /** When the oldest unpublished row's event happened; null when every row is published. */
    public Uni<Instant> oldestPendingSince() {
        return find(PENDING_OLDEST_FIRST).firstResult().map(oldest -> oldest == null ? null : oldest.occurredAt);
    }

    public Uni<Long> pendingCount() {
        return count(PENDING);
    }
}
