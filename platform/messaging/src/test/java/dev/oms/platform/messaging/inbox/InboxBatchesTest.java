package dev.oms.platform.messaging.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.oms.events.Subscription;
import dev.oms.events.product.StockRejected;
import dev.oms.events.product.StockReserved;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How messages are grouped into batches: those that arrive while the lanes are busy share the next one. */
class InboxBatchesTest {

    private final Vertx vertx = Vertx.vertx();
    private final List<Integer> batchSizes = new CopyOnWriteArrayList<>();
    private final List<CompletableFuture<Void>> running = new CopyOnWriteArrayList<>();
    private final ConsumerDrain drain = new ConsumerDrain(settings(2, 3));
    private final EventHandlers handlers = EventHandlers.of(Subscription.STOCK_OUTCOMES)
            .on(StockRejected.class, e -> Uni.createFrom().voidItem())
            .on(StockReserved.class, e -> Uni.createFrom().voidItem())
            .build();

    /** Records each batch and holds it until the test lets it end. */
    private final InboxProcessor processor = new InboxProcessor(null, null, null, null, null, drain, settings(2, 3)) {
        @Override
        Uni<Void> processBatch(EventHandlers handlers, List<Message<byte[]>> messages) {
            batchSizes.add(messages.size());
            var end = new CompletableFuture<Void>();
            running.add(end);
            return Uni.createFrom().completionStage(end);
        }
    };

    private final InboxBatches batches = new InboxBatches(processor, drain, vertx, settings(2, 3));

    @AfterEach
    void closeVertx() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void aMessageArrivingToAFreeLaneStartsAloneAndTheRestWaitForTheNextBatch() {
        var seven = new ArrayList<Message<byte[]>>();
        for (int i = 0; i < 7; i++) {
            seven.add(Message.of(("m" + i).getBytes(StandardCharsets.UTF_8)));
        }

        seven.forEach(message -> batches.consume(handlers, message).await().atMost(Duration.ofSeconds(1)));

        await().atMost(Duration.ofSeconds(5)).until(() -> batchSizes.size() == 2);
        assertThat(batchSizes).as("two lanes, each started by one message").containsExactly(1, 1);
        running.get(0).complete(null);
        await().atMost(Duration.ofSeconds(5)).until(() -> batchSizes.size() == 3);
        assertThat(batchSizes.get(2))
                .as("the waiting messages, up to the batch size")
                .isEqualTo(3);
        running.get(1).complete(null);
        await().atMost(Duration.ofSeconds(5)).until(() -> batchSizes.size() == 4);
        assertThat(batchSizes.get(3)).as("the last two").isEqualTo(2);
    }

    @Test
    void aStoppingReplicaTakesNoNewMessage() throws Exception {
        var stopped = CompletableFuture.runAsync(() -> {
            try {
                drain.awaitInFlight(System.nanoTime() + Duration.ofSeconds(1).toNanos());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        stopped.get();
        var handled = new AtomicInteger();

        batches.consume(handlers, Message.of(new byte[0])).await().atMost(Duration.ofSeconds(1));

        assertThat(batchSizes).isEmpty();
        assertThat(handled).hasValue(0);
    }

    private static ConsumerSettings settings(int concurrency, int batchSize) {
        return new ConsumerSettings() {
            @Override
            public int attempts() {
                return 3;
            }

            @Override
            public int concurrency() {
                return concurrency;
            }

            @Override
            public int batchSize() {
                return batchSize;
            }

            @Override
            public Duration transientBudget() {
                return Duration.ofSeconds(1);
            }

            @Override
            public Duration transientBackoffMax() {
                return Duration.ofMillis(100);
            }

            @Override
            public Duration drainTimeout() {
                return Duration.ofSeconds(1);
            }
        };
    }
}
