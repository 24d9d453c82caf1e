package dev.oms.platform.messaging;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Deletes what has outlived its retention (published outbox rows, remembered inbox events, a service's own expired
 * records) in batches of at most {@value #BATCH_SIZE} rows, each in a transaction of its own. One statement deleting
 * 100,000 rows would hold its locks for as long as it runs, and on SQL Server, beyond about 5,000 row locks, escalate to
 * a table lock that stalls every insert into the outbox or the inbox meanwhile; a batch holds them briefly, and
 * inserts go on between batches. A batch is two indexed statements through Hibernate (the keys and times of the oldest
 * rows, then a delete of those keys no newer than the newest of them), so each dialect writes its own paging ({@code
 * LIMIT}, {@code OFFSET ... FETCH}); a batch's {@value #BATCH_SIZE} keys stay under SQL Server's 2,100 parameters.
 * The time bound lets a delete by a key that is not the table's own (the inbox's event id) read only the batch's rows
 * from the time index: bounded by the cutoff alone it read every expired row, at each batch.
 */
public final class Purge {

    public static final int BATCH_SIZE = 1_000;

    /** A batch still going after this (its connection hung) fails the run, which the next scheduled one retries. */
    static final Duration BATCH_TIMEOUT = Duration.ofSeconds(60);

    /** What one purge deleted, and in how many batches (transactions). */
    public record Purged(long rows, int batches) {}

    private Purge() {}

    /**
     * The rows of {@code entity} that expire by {@code timeAttribute} (an indexed column); a batch is the rows with the
     * oldest values of {@code keyAttribute}, a key unique to a row or (the inbox's event id) shared only by rows all as
     * old. The names are the callers' constants, never input.
     */
    public record Expiring(String entity, String timeAttribute, String keyAttribute) {

        /**
         * HQL: the key and time of the oldest rows before {@code :cutoff}, oldest first (the caller bounds how many).
         */
        public String oldestKeys() {
            return "select e." + keyAttribute + ", e." + timeAttribute + " from " + entity + " e where e."
                    + timeAttribute + " < :cutoff order by e." + timeAttribute;
        }

        /**
         * HQL: deletes the rows with these {@code :keys} no newer than {@code :newest}, the newest time among them
         * (before the cutoff, so a row that is not expired is never deleted).
         */
        public String deletion() {
            return "delete from " + entity + " e where e." + keyAttribute + " in :keys and e." + timeAttribute
                    + " <= :newest";
        }

        /** The parameters of {@link #deletion()} for the rows {@link #oldestKeys()} found, oldest first. */
        public Map<String, Object> deletionParameters(List<Object[]> oldest) {
            return Map.of(
                    "keys", oldest.stream().map(row -> row[0]).toList(), "newest", oldest.get(oldest.size() - 1)[1]);
        }
    }

    /** Deletes the rows that expired before {@code cutoff}, {@value #BATCH_SIZE} at a time. */
    public static Uni<Purged> olderThan(Expiring rows, Instant cutoff) {
        return olderThan(new Batch(rows, cutoff, BATCH_SIZE));
    }

    static Uni<Purged> olderThan(Batch batch) {
        return Multi.createBy()
                .repeating()
                .uni(() -> Panache.withTransaction(batch::delete)
                        .ifNoItem()
                        .after(BATCH_TIMEOUT)
                        .failWith(() -> new TimeoutException("a purge batch did not finish within " + BATCH_TIMEOUT)))
                .whilst(deleted -> deleted.full())
                .filter(deleted -> deleted.rows() > 0)
                .collect()
                .in(() -> new long[2], (totals, deleted) -> {
                    totals[0] += deleted.rows();
                    totals[1]++;
                })
                .map(totals -> new Purged(totals[0], (int) totals[1]));
    }

    /** One scheduled run: logged, and never failing the scheduler; a failed run is retried at the next. */
    public static Uni<Void> run(String what, Supplier<Uni<Purged>> purge) {
        return Uni.createFrom()
                .deferred(purge::get)
                .invoke(purged -> {
                    if (purged.rows() > 0) {
                        Log.infof("Purged %d %s in %d batches", purged.rows(), what, purged.batches());
                    }
                })
                .replaceWithVoid()
                .onFailure()
                .invoke(e -> Log.warnf("Purging %s failed, will retry: %s", what, e.getMessage()))
                .onFailure()
                .recoverWithNull();
    }

    /** One batch's statements. */
    record Batch(Expiring rows, Instant cutoff, int size) {

        private static Mutiny.MutationQuery bind(Mutiny.MutationQuery query, Map<String, Object> parameters) {
            parameters.forEach(query::setParameter);
            return query;
        }

        /** What one batch deleted, and whether it found a full batch (so there may be more). */
        record Deleted(int rows, boolean full) {}

        Uni<Deleted> delete() {
            return Panache.getSession()
                    .chain(session -> session.createSelectionQuery(rows.oldestKeys(), Object[].class)
                            .setParameter("cutoff", cutoff)
                            .setMaxResults(size)
                            .getResultList()
                            .chain(oldest -> oldest.isEmpty()
                                    ? Uni.createFrom().item(new Deleted(0, false))
                                    : bind(
                                                    session.createMutationQuery(rows.deletion()),
                                                    rows.deletionParameters(oldest))
                                            .executeUpdate()
                                            .map(deleted -> new Deleted(deleted, oldest.size() == size))));
        }
    }
}
