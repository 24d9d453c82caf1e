package dev.oms.order.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.platform.messaging.Purge;
import dev.oms.platform.messaging.inbox.InboxHousekeeping;
import dev.oms.platform.testing.PostgreSQLOnly;
import dev.oms.platform.testing.StatementLog;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A purge batch of the inbox deletes by event id, which is not the table's key (consumer, event id): bounded only by
 * the cutoff, PostgreSQL read every expired row for each batch (a sequential scan of the table, found by measuring),
 * so a large backlog cost its size once per batch. The delete Hibernate sends for a batch is explained here on a
 * table holding many expired rows: it reads the batch's rows from the time index.
 */
@QuarkusTest
@PostgreSQLOnly // generate_series, make_interval, PREPARE/EXPLAIN EXECUTE
class InboxPurgePlanTest {

    private static final int EXPIRED = 30_000;
    private static final Pattern PARAMETER = Pattern.compile("\\$\\d+");

    @Inject
    DataSource dataSource;

    @Test
    void aBatchReadsItsOwnRowsFromTheTimeIndexNotEveryExpiredRow() throws Throwable {
        var consumer = "purge-plan-" + UUID.randomUUID();
        expiredRows(consumer, 3);
        String deletion;
        try (var statements = StatementLog.start()) {
            VertxContextSupport.subscribeAndAwait(() -> Purge.olderThan(
                    InboxHousekeeping.PROCESSED_EVENTS, Instant.now().minus(Duration.ofDays(14))));
            deletion =
                    statements.matching("^delete from ordering\\.inbox_message").get(0);
        }

        expiredRows(consumer, EXPIRED);
        String plan;
        try {
            plan = planOfABatch(deletion, consumer);
        } finally {
            forget(consumer);
        }

        assertThat(plan).as(plan).contains("ix_inbox_message_processed_at").doesNotContain("Seq Scan on inbox_message");
    }

    private void forget(String consumer) throws SQLException {
        try (var connection = dataSource.getConnection();
                var delete = connection.prepareStatement("DELETE FROM ordering.inbox_message WHERE consumer = ?")) {
            delete.setString(1, consumer);
            delete.executeUpdate();
        }
    }

    /** Rows processed a second apart, a month ago. */
    private void expiredRows(String consumer, int count) throws SQLException {
        try (var connection = dataSource.getConnection();
                var insert = connection.prepareStatement("""
                        INSERT INTO ordering.inbox_message (consumer, event_id, processed_at)
                        SELECT ?, gen_random_uuid(), now() - interval '30 days' + make_interval(secs => g)
                        FROM generate_series(1, ?) AS g""")) {
            insert.setString(1, consumer);
            insert.setInt(2, count);
            insert.executeUpdate();
            connection.createStatement().execute("ANALYZE ordering.inbox_message");
        }
    }

    /**
     * The plan of that delete for the oldest batch of this consumer's rows, with the parameters the purge gives it for
     * them: the in-list's first, then the rest in the order the statement names them.
     */
    private String planOfABatch(String deletion, String consumer) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            var oldest = new ArrayList<Object[]>();
            try (var query = connection.prepareStatement("""
                    SELECT event_id, processed_at FROM ordering.inbox_message WHERE consumer = ?
                    ORDER BY processed_at LIMIT ?""")) {
                query.setString(1, consumer);
                query.setInt(2, Purge.BATCH_SIZE);
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        oldest.add(new Object[] {rows.getString(1), rows.getString(2)});
                    }
                }
            }
            var parameters = InboxHousekeeping.PROCESSED_EVENTS.deletionParameters(oldest);
            // Hibernate pads an in-list by repeating its last parameter: count each placeholder once
            var placeholders = PARAMETER
                    .matcher(deletion)
                    .results()
                    .map(MatchResult::group)
                    .distinct()
                    .count();
            var others = parameters.entrySet().stream()
                    .filter(parameter -> !parameter.getKey().equals("keys"))
                    .toList();
            var values = new ArrayList<String>();
            ((List<?>) parameters.get("keys"))
                    .stream().limit(placeholders - others.size()).forEach(key -> values.add("'" + key + "'"));
            others.forEach(parameter -> values.add("'" + parameter.getValue() + "'"));
            return explain(connection, deletion, String.join(", ", values));
        }
    }

    private static String explain(Connection connection, String deletion, String values) throws SQLException {
        var plan = new StringBuilder();
        try (var statement = connection.createStatement()) {
            statement.execute("PREPARE purge_batch AS " + deletion);
            try (var rows = statement.executeQuery("EXPLAIN EXECUTE purge_batch(" + values + ")")) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            } finally {
                statement.execute("DEALLOCATE purge_batch");
            }
        }
        return plan.toString();
    }
}
