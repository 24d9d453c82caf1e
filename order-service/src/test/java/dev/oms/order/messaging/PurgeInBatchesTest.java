package dev.oms.order.messaging;

import static dev.oms.order.support.OrderApi.place;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.platform.messaging.Purge;
import dev.oms.platform.messaging.inbox.InboxHousekeeping;
import dev.oms.platform.testing.PostgreSQLOnly;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: a purge of 100,000 expired rows deletes them in batches of {@value Purge#BATCH_SIZE}, each in its own
 * transaction, and orders are placed (each writing its row and an outbox row) all the while. What is
 * shown is the batching and that placing goes on, not a time.
 */
@QuarkusTest
@PostgreSQLOnly // generate_series, gen_random_uuid, interval
class PurgeInBatchesTest {

    private static final int EXPIRED = 100_000;

    @Inject
    DataSource dataSource;

    @Test
    void oneHundredThousandExpiredInboxRowsGoInBatchesWhileOrdersArePlaced() throws Throwable {
        var consumer = "purge-test-" + UUID.randomUUID();
        try (var connection = dataSource.getConnection();
                var insert = connection.prepareStatement("""
                        INSERT INTO ordering.inbox_message (consumer, event_id, processed_at)
                        SELECT ?, gen_random_uuid(), now() - interval '30 days' FROM generate_series(1, ?)""")) {
            insert.setString(1, consumer);
            insert.setInt(2, EXPIRED);
            insert.executeUpdate();
        }
        var purging = new AtomicBoolean(true);
        var placedMeanwhile = new AtomicInteger();
        var placing = CompletableFuture.runAsync(() -> {
            while (purging.get()) {
                place("purge-customer", UUID.randomUUID(), 1); // asserts 202
                placedMeanwhile.incrementAndGet();
            }
        });

        Purge.Purged purged;
        var started = System.nanoTime();
        try {
            purged = VertxContextSupport.subscribeAndAwait(() -> Purge.olderThan(
                    InboxHousekeeping.PROCESSED_EVENTS, Instant.now().minus(Duration.ofDays(14))));
        } finally {
            purging.set(false);
        }
        var elapsed = Duration.ofNanos(System.nanoTime() - started);
        placing.get();

        System.out.printf(
                "[purge] %d rows in %d batches, %d ms; %d orders placed meanwhile%n",
                purged.rows(), purged.batches(), elapsed.toMillis(), placedMeanwhile.get());
        assertThat(purged.rows()).isGreaterThanOrEqualTo(EXPIRED);
        assertThat(purged.batches()).isGreaterThanOrEqualTo(EXPIRED / Purge.BATCH_SIZE);
        assertThat(purged.rows() / purged.batches()).isLessThanOrEqualTo(Purge.BATCH_SIZE);
        assertThat(placedMeanwhile.get())
                .as("orders placed while the purge ran")
                .isPositive();
        try (var connection = dataSource.getConnection();
                var count =
                        connection.prepareStatement("SELECT count(*) FROM ordering.inbox_message WHERE consumer = ?")) {
            count.setString(1, consumer);
            try (var rows = count.executeQuery()) {
                rows.next();
                assertThat(rows.getLong(1)).isZero();
            }
        }
    }
}
