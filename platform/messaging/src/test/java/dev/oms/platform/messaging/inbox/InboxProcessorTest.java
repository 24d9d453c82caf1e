package dev.oms.platform.messaging.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.oms.events.EventEnvelope;
import dev.oms.events.Subscription;
import dev.oms.events.product.StockRejected;
import dev.oms.events.product.StockReserved;
import dev.oms.platform.messaging.EventCodec;
import dev.oms.platform.messaging.UnitOfWork;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.rabbitmq.RabbitMQRejectMetadata;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

/** How every consumer processes a message, with the inbox and the unit of work kept in memory. */
class InboxProcessorTest {

    private static final Subscription OUTCOMES = Subscription.STOCK_OUTCOMES;

    private final EventCodec codec = new EventCodec(
            new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));
    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private final InMemoryInbox inbox = new InMemoryInbox();
    private final ConsumerDrain drain = new ConsumerDrain(attempts(3));
    private final InboxProcessor processor = new InboxProcessor(
            codec,
            inbox,
            new InMemoryUnitOfWork(inbox),
            metrics,
            OpenTelemetry.noop().getTracer("test"),
            drain,
            attempts(3));

    @Test
    void aDuplicateIsAcknowledgedAndChangesNothing() {
        var handled = new AtomicInteger();
        var event = rejection();

        var first = delivery(codec.encode(event));
        var again = delivery(codec.encode(event));
        process(first, e -> count(handled));
        process(again, e -> count(handled));

        assertThat(handled).hasValue(1);
        assertThat(first.outcome).isEqualTo("ack");
        assertThat(again.outcome).isEqualTo("ack");
        assertThat(consumed("processed")).isEqualTo(1);
        assertThat(consumed("duplicate")).isEqualTo(1);
    }

    @Test
    void aBatchIsHandledInOneUnitOfWorkInArrivalOrderAndEachMessageAcknowledged() {
        var handled = new java.util.ArrayList<UUID>();
        var prepared = new java.util.ArrayList<Integer>();
        var events = List.of(rejection(), rejection(), rejection());
        var seenBefore = delivery(codec.encode(events.get(1)));
        process(seenBefore, e -> Uni.createFrom().voidItem());
        var batch = events.stream().map(e -> delivery(codec.encode(e))).toList();
        var twice = delivery(codec.encode(events.get(0)));
        var all = new java.util.ArrayList<>(batch);
        all.add(twice);
        inbox.queries = 0;

        var handlers = EventHandlers.of(OUTCOMES)
                .on(StockRejected.class, e -> {
                    handled.add(e.orderId());
                    return Uni.createFrom().voidItem();
                })
                .on(StockReserved.class, reserved -> Uni.createFrom().voidItem())
                .beforeBatch(payloads -> {
                    prepared.add(payloads.size());
                    return Uni.createFrom().voidItem();
                })
                .build();
        processor
                .processBatch(handlers, all.stream().map(d -> d.message).toList())
                .await()
                .atMost(Duration.ofSeconds(10));

        assertThat(handled)
                .as("the new events, in arrival order, each once")
                .containsExactly(
                        events.get(0).payload().orderId(),
                        events.get(2).payload().orderId());
        assertThat(prepared).as("the batch's work, once, with the new events").containsExactly(2);
        assertThat(inbox.queries).as("one inbox query for the batch").isEqualTo(1);
        assertThat(all).allSatisfy(d -> assertThat(d.outcome).isEqualTo("ack"));
        assertThat(consumed("processed")).isEqualTo(3);
        assertThat(consumed("duplicate")).isEqualTo(2);
        var batches = metrics.find("oms.consumer.batch.size")
                .tags("consumer", OUTCOMES.consumer())
                .summary();
        assertThat(batches.count()).as("one batch").isEqualTo(1);
        assertThat(batches.totalAmount())
                .as("of all four messages, duplicates too")
                .isEqualTo(4);
    }

    @Test
    void aBatchThatFailsIsUndoneAndEachMessageProcessedOnItsOwn() {
        var poison = rejection();
        var good = List.of(rejection(), rejection());
        var handled = new AtomicInteger();
        var poisonTries = new AtomicInteger();
        var handlers = EventHandlers.of(OUTCOMES)
                .on(StockRejected.class, e -> {
                    if (e.orderId().equals(poison.payload().orderId())) {
                        poisonTries.incrementAndGet();
                        return Uni.createFrom().failure(new IllegalStateException("always"));
                    }
                    return count(handled);
                })
                .on(StockReserved.class, reserved -> Uni.createFrom().voidItem())
                .build();
        var deliveries = List.of(
                delivery(codec.encode(good.get(0))),
                delivery(codec.encode(poison)),
                delivery(codec.encode(good.get(1))),
                delivery("{\"type\":\"OrderShredded\"}"));

        processor
                .processBatch(handlers, deliveries.stream().map(d -> d.message).toList())
                .await()
                .atMost(Duration.ofSeconds(10));

        assertThat(deliveries.get(0).outcome).isEqualTo("ack");
        assertThat(deliveries.get(1).outcome).isEqualTo("nack requeue=true");
        assertThat(deliveries.get(2).outcome).isEqualTo("ack");
        assertThat(deliveries.get(3).outcome).isEqualTo("nack requeue=false");
        assertThat(handled)
                .as("the good events, once in the undone batch and once each on their own")
                .hasValue(3);
        assertThat(inbox.committed).hasSize(2);
        assertThat(poisonTries).as("once in the batch, then its attempts").hasValue(4);
        assertThat(consumed("batch-undone")).isEqualTo(1);
        assertThat(consumed("processed")).isEqualTo(2);
        assertThat(consumed("requeued")).isEqualTo(1);
        assertThat(consumed("rejected-malformed")).isEqualTo(1);
    }

    @Test
    void aMalformedMessageIsRejectedWithoutRequeueAndNeverHandled() {
        var handled = new AtomicInteger();
        var broken = delivery("{\"type\":\"OrderShredded\"}");

        process(broken, e -> count(handled));

        assertThat(handled).hasValue(0);
        assertThat(broken.outcome).isEqualTo("nack requeue=false");
        assertThat(consumed("rejected-malformed")).isEqualTo(1);
    }

    @Test
    void aHandlerThatKeepsFailingIsTriedAttemptsTimesThenRequeuedForTheQueuesDeliveryLimit() {
        var tries = new AtomicInteger();
        var poisoned = delivery(codec.encode(rejection()));

        process(poisoned, e -> {
            tries.incrementAndGet();
            return Uni.createFrom().failure(new IllegalStateException("always"));
        });

        assertThat(tries).hasValue(3);
        assertThat(poisoned.outcome).isEqualTo("nack requeue=true");
        assertThat(consumed("retried")).isEqualTo(2);
        assertThat(consumed("requeued")).isEqualTo(1);
        assertThat(consumed("processed")).isZero();
    }

    @Test
    void aTransientFailureIsWaitedOutBeyondTheAttemptsAndNeverRequeued() {
        var tries = new AtomicInteger();
        var delivery = delivery(codec.encode(rejection()));

        process(
                delivery,
                e -> tries.incrementAndGet() <= 5
                        ? Uni.createFrom().failure(new ConnectException("Connection refused"))
                        : Uni.createFrom().voidItem());

        assertThat(tries).hasValue(6);
        assertThat(delivery.outcome).isEqualTo("ack");
        assertThat(consumed("waited-transient")).isEqualTo(5);
        assertThat(consumed("retried")).isZero();
        assertThat(consumed("processed")).isEqualTo(1);
    }

    @Test
    void aTransientFailureOutlastingItsBudgetIsRequeued() {
        var delivery = delivery(codec.encode(rejection()));

        process(delivery, e -> Uni.createFrom().failure(new ConnectException("Connection refused")));

        assertThat(delivery.outcome).isEqualTo("nack requeue=true");
        assertThat(consumed("waited-transient")).isGreaterThan(1);
        assertThat(consumed("requeued")).isEqualTo(1);
    }

    @Test
    void aMessageWhoseConsumerIsCancelledMidwayIsStillHandledToTheEnd() {
        var handled = new AtomicInteger();
        var release = new CompletableFuture<Void>();
        var delivery = delivery(codec.encode(rejection()));
        var handlers = EventHandlers.of(OUTCOMES)
                .on(
                        StockRejected.class,
                        e -> Uni.createFrom().completionStage(release).chain(() -> count(handled)))
                .on(StockReserved.class, reserved -> Uni.createFrom().voidItem())
                .build();

        // as the connector does when the broker cancels the consumer (its queue deleted) or the application stops
        processor
                .process(handlers, delivery.message)
                .subscribe()
                .with(done -> {})
                .cancel();
        release.complete(null);

        assertThat(handled).hasValue(1);
        assertThat(inbox.committed).hasSize(1);
        assertThat(delivery.outcome).isEqualTo("ack");
        assertThat(consumed("processed")).isEqualTo(1);
    }

    @Test
    void aStoppingReplicaFinishesTheMessagesItHandlesAndStartsNoNewOne() throws Exception {
        var handled = new AtomicInteger();
        var release = new CompletableFuture<Void>();
        var handlers = waitingFor(release, handled);
        var inFlight = delivery(codec.encode(rejection()));
        var arrivingLate = delivery(codec.encode(rejection()));
        processor.process(handlers, inFlight.message).subscribe().with(done -> {});

        var stopping = CompletableFuture.supplyAsync(() -> awaitDrained(Duration.ofSeconds(30)));
        await().atMost(Duration.ofSeconds(10)).until(() -> !drain.admitsNow());
        processor.process(handlers, arrivingLate.message).subscribe().with(done -> {});
        assertThat(stopping).isNotDone();
        release.complete(null);

        assertThat(stopping.get(10, TimeUnit.SECONDS)).isZero();
        assertThat(inFlight.outcome).isEqualTo("ack");
        assertThat(handled).hasValue(1);
        assertThat(arrivingLate.outcome)
                .as("left for the channel's close to return")
                .isNull();
    }

    @Test
    void theStopWaitsNoLongerThanItsTimeoutForAMessageThatDoesNotFinish() {
        var handled = new AtomicInteger();
        var stuck = delivery(codec.encode(rejection()));
        processor
                .process(waitingFor(new CompletableFuture<>(), handled), stuck.message)
                .subscribe()
                .with(done -> {});

        assertThat(awaitDrained(Duration.ofMillis(200))).isEqualTo(1);
        assertThat(stuck.outcome).isNull();
    }

    private int awaitDrained(Duration timeout) {
        try {
            return drain.awaitInFlight(System.nanoTime() + timeout.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static EventHandlers waitingFor(CompletableFuture<Void> release, AtomicInteger handled) {
        return EventHandlers.of(OUTCOMES)
                .on(
                        StockRejected.class,
                        e -> Uni.createFrom().completionStage(release).chain(() -> count(handled)))
                .on(StockReserved.class, reserved -> Uni.createFrom().voidItem())
                .build();
    }

    private void process(Delivery delivery, Function<StockRejected, Uni<Void>> handler) {
        var handlers = EventHandlers.of(OUTCOMES)
                .on(StockRejected.class, handler)
                .on(StockReserved.class, reserved -> Uni.createFrom().voidItem())
                .build();
        processor.process(handlers, delivery.message).await().atMost(Duration.ofSeconds(10));
    }

    private double consumed(String outcome) {
        var counter = metrics.find("oms.messages.consumed")
                .tags("consumer", OUTCOMES.consumer(), "outcome", outcome)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private static Uni<Void> count(AtomicInteger handled) {
        handled.incrementAndGet();
        return Uni.createFrom().voidItem();
    }

    private static EventEnvelope<StockRejected> rejection() {
        var order = UUID.randomUUID();
        return EventEnvelope.wrap(
                new StockRejected(
                        order,
                        List.of(new StockRejected.Line(UUID.randomUUID(), 2, 0, StockRejected.Reason.UNKNOWN_PRODUCT))),
                "product-1",
                1,
                order.toString(),
                Instant.parse("2026-12-01T10:00:00Z"));
    }

    private static Delivery delivery(String body) {
        return new Delivery(body);
    }

    private static ConsumerSettings attempts(int attempts) {
        return new ConsumerSettings() {
            @Override
            public int attempts() {
                return attempts;
            }

            @Override
            public int concurrency() {
                return 1;
            }

            @Override
            public int batchSize() {
                return 8;
            }

            @Override
            public Duration transientBudget() {
                return Duration.ofSeconds(3);
            }

            @Override
            public Duration transientBackoffMax() {
                return Duration.ofMillis(400);
            }

            @Override
            public Duration drainTimeout() {
                return Duration.ofSeconds(5);
            }
        };
    }

    /** A message that remembers how it was settled. */
    private static final class Delivery {
        final Message<byte[]> message;
        volatile String outcome;

        Delivery(String body) {
            message = Message.of(body.getBytes(StandardCharsets.UTF_8))
                    .withAck(() -> {
                        outcome = "ack";
                        return CompletableFuture.completedFuture(null);
                    })
                    .withNackWithMetadata((failure, metadata) -> {
                        var requeue = metadata.get(RabbitMQRejectMetadata.class)
                                .map(RabbitMQRejectMetadata::isRequeue)
                                .orElse(false);
                        outcome = "nack requeue=" + requeue;
                        return CompletableFuture.completedFuture(null);
                    });
        }
    }

    /** The inbox's rule (one row per consumer and event) without a database; a row counts once committed. */
    private static final class InMemoryInbox extends Inbox {
        private final Set<String> committed = new HashSet<>();
        private final Set<String> pending = new HashSet<>();

        InMemoryInbox() {
            super(Clock.systemUTC());
        }

        int queries;

        @Override
        public Uni<Boolean> firstDelivery(String consumer, UUID eventId) {
            queries++;
            var key = consumer + "/" + eventId;
            return Uni.createFrom().item(!committed.contains(key) && pending.add(key));
        }

        @Override
        public Uni<Set<UUID>> firstDeliveries(String consumer, java.util.Collection<UUID> eventIds) {
            queries++;
            var fresh = new java.util.LinkedHashSet<UUID>();
            for (var eventId : eventIds) {
                var key = consumer + "/" + eventId;
                if (!committed.contains(key) && pending.add(key)) {
                    fresh.add(eventId);
                }
            }
            return Uni.createFrom().item(fresh);
        }

        void commit() {
            committed.addAll(pending);
            pending.clear();
        }

        void rollBack() {
            pending.clear();
        }
    }

    /** Commits the inbox when the work succeeds and rolls it back when it fails, as the transaction would. */
    private static final class InMemoryUnitOfWork extends UnitOfWork {
        private final InMemoryInbox inbox;

        InMemoryUnitOfWork(InMemoryInbox inbox) {
            super(null);
            this.inbox = inbox;
        }

        @Override
        public <T> Uni<T> run(Supplier<Uni<T>> work) {
            return work.get().invoke(inbox::commit).onFailure().invoke(inbox::rollBack);
        }
    }
}
