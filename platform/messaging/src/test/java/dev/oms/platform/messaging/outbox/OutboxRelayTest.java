package dev.oms.platform.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.Uni;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The relay marks a row published only once the broker has confirmed it, and keeps the order. */
class OutboxRelayTest {

    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");

    @Test
    void rowsAreMarkedPublishedOnlyUpToTheFirstUnconfirmedOne() {
        var rows = rows(4);
        var metrics = new SimpleMeterRegistry();
        var relay = relayWhosePublisherNacks(Set.of(rows.get(2).sequenceNumber), metrics);

        var outcome = relay.publishInOrder(rows).await().atMost(Duration.ofSeconds(5));

        assertThat(outcome.published()).isEqualTo(2);
        assertThat(outcome.failure()).hasMessageContaining("nack");
        assertThat(rows.get(0).publishedAt).isEqualTo(NOW);
        assertThat(rows.get(1).publishedAt).isEqualTo(NOW);
        assertThat(rows.get(2).publishedAt).as("not confirmed: stays pending").isNull();
        assertThat(rows.get(3).publishedAt)
                .as("behind an unconfirmed row: stays pending, order holds")
                .isNull();
        assertThat(metrics.counter("oms.outbox.published", "type", "StockReserved")
                        .count())
                .isEqualTo(2);
        assertThat(metrics.counter("oms.outbox.publish.failures", "type", "StockReserved")
                        .count())
                .isEqualTo(1);
    }

    @Test
    void aSendThatIsNeverConfirmedNorRefusedFailsAfterTheTimeoutInsteadOfHangingTheRelay() {
        var rows = rows(3);
        var relay = relay(
                row -> row.sequenceNumber == 2
                        ? Uni.createFrom().nothing()
                        : Uni.createFrom().voidItem(),
                new SimpleMeterRegistry());

        var outcome = relay.publishInOrder(rows).await().atMost(Duration.ofSeconds(5));

        assertThat(outcome.published()).isEqualTo(1);
        assertThat(outcome.failure())
                .isInstanceOf(java.util.concurrent.TimeoutException.class)
                .hasMessageContaining("no confirm");
        assertThat(rows.get(1).publishedAt).isNull();
        assertThat(rows.get(2).publishedAt).isNull();
    }

    @Test
    void aFullyConfirmedBatchIsMarkedInOrder() {
        var rows = rows(3);
        var sent = new ArrayList<Long>();
        var metrics = new SimpleMeterRegistry();
        var relay = relay(
                row -> {
                    sent.add(row.sequenceNumber);
                    return Uni.createFrom().voidItem();
                },
                metrics);

        var outcome = relay.publishInOrder(rows).await().atMost(Duration.ofSeconds(5));

        assertThat(outcome.published()).isEqualTo(3);
        assertThat(outcome.failure()).isNull();
        assertThat(sent).containsExactly(1L, 2L, 3L);
        assertThat(rows).allSatisfy(row -> assertThat(row.publishedAt).isEqualTo(NOW));
        assertThat(metrics.counter("oms.outbox.published", "type", "StockReserved")
                        .count())
                .isEqualTo(3);
        assertThat(metrics.find("oms.outbox.publish.failures").counter()).isNull();
    }

    @Test
    void backOffDoublesUpToTheCeiling() {
        var relay = relay(row -> Uni.createFrom().voidItem(), new SimpleMeterRegistry());
        assertThat(relay.backoff(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(relay.backoff(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(relay.backoff(5)).isEqualTo(Duration.ofMillis(1600));
        assertThat(relay.backoff(40)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aRunWhoseDatabaseNeverAnswersFailsAfterTheRunTimeoutSoTheRelayIsNotStuck() {
        var metrics = new SimpleMeterRegistry();
        var publisher = new OutboxRelay.Publisher(null, null);
        var hung =
                new OutboxRelay(
                        null,
                        publisher,
                        Clock.fixed(NOW, ZoneOffset.UTC),
                        null,
                        metrics,
                        settings(100, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofMillis(200))) {
                    @Override
                    Uni<Integer> publishBatch() {
                        return Uni.createFrom().nothing(); // a connection that never answers
                    }
                };

        assertThatThrownBy(() -> hung.runOnce().await().atMost(Duration.ofSeconds(5)))
                .hasCauseInstanceOf(java.util.concurrent.TimeoutException.class)
                .hasMessageContaining("did not finish within");
        assertThat(metrics.get("oms.outbox.relay.last.run.age").gauge().value()).isZero();
    }

    @Test
    void aStoppingRelayStartsNoRunAndWaitsForTheOneUnderWay() throws Exception {
        var vertx = io.vertx.core.Vertx.vertx();
        try {
            var batch = new java.util.concurrent.CompletableFuture<Integer>();
            var runs = new java.util.concurrent.atomic.AtomicInteger();
            var relay =
                    new OutboxRelay(
                            null,
                            new OutboxRelay.Publisher(null, null),
                            Clock.fixed(NOW, ZoneOffset.UTC),
                            vertx,
                            new SimpleMeterRegistry(),
                            settings(100, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofSeconds(20))) {
                        @Override
                        Uni<Integer> publishBatch() {
                            runs.incrementAndGet();
                            return Uni.createFrom().completionStage(batch);
                        }
                    };
            relay.requestRun();
            await().atMost(Duration.ofSeconds(10)).until(() -> runs.get() == 1);

            var stopping = new Thread(() -> {
                try {
                    relay.stop(null);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            stopping.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> stopping.getState() == Thread.State.TIMED_WAITING);
            relay.requestRun();
            batch.complete(1);

            stopping.join(10_000);
            assertThat(stopping.isAlive()).isFalse();
            relay.requestRun();
            assertThat(runs).hasValue(1);
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    private static OutboxRelay relayWhosePublisherNacks(Set<Long> nacked, MeterRegistry metrics) {
        return relay(
                row -> nacked.contains(row.sequenceNumber)
                        ? Uni.createFrom().failure(new IOException("broker nack for row " + row.sequenceNumber))
                        : Uni.createFrom().voidItem(),
                metrics);
    }

    private static OutboxRelay relay(java.util.function.Function<OutboxEvent, Uni<Void>> send, MeterRegistry metrics) {
        var publisher = new OutboxRelay.Publisher(null, null) {
            @Override
            public Uni<Void> publish(OutboxEvent row) {
                return send.apply(row);
            }
        };
        return new OutboxRelay(
                null,
                publisher,
                Clock.fixed(NOW, ZoneOffset.UTC),
                null,
                metrics,
                settings(100, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofMillis(200)));
    }

    private static OutboxSettings settings(int batchSize, Duration poll, Duration maxBackoff, Duration confirmTimeout) {
        return new FixedOutboxSettings(
                poll, batchSize, maxBackoff, confirmTimeout, Duration.ofMillis(300), Duration.ofDays(7));
    }

    private static List<OutboxEvent> rows(int count) {
        var rows = new ArrayList<OutboxEvent>();
        for (long i = 1; i <= count; i++) {
            var row = new OutboxEvent();
            row.sequenceNumber = i;
            row.eventId = UUID.randomUUID();
            row.eventType = "StockReserved";
            row.aggregateId = "product-" + i;
            row.envelope = "{}";
            row.occurredAt = NOW;
            rows.add(row);
        }
        return rows;
    }
}
