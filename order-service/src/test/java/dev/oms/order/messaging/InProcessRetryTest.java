package dev.oms.order.messaging;

import static dev.oms.order.support.OrderApi.place;
import static dev.oms.order.support.OrderApi.statusOf;
import static dev.oms.order.support.OrderApi.stockReservedMessage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.oms.events.Exchanges;
import dev.oms.events.Subscription;
import dev.oms.order.support.StockOutcomeFaults;
import dev.oms.platform.testing.Broker;
import dev.oms.platform.testing.Metrics;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The consumer's in-process retry really retries (issue 17, item 6): Mutiny's back-off resubscribes on another
 * thread, and Hibernate Reactive works only on the message's Vert.x context. A handler that fails once, transiently,
 * after it has written in its transaction, succeeds at its second attempt in the same delivery: the order is
 * confirmed, the message is neither requeued nor dead-lettered, and the second attempt ran on a Vert.x event loop
 * like the first.
 */
@QuarkusTest
class InProcessRetryTest {

    private static final String CONSUMER = Subscription.STOCK_OUTCOMES.consumer();

    @Inject
    StockOutcomeFaults faults;

    private Broker broker;

    @BeforeEach
    void connect() throws Exception {
        broker = new Broker();
        broker.drain(Subscription.STOCK_OUTCOMES.deadLetterQueue());
    }

    @AfterEach
    void disconnect() throws Exception {
        broker.close();
    }

    @Test
    void aHandlerThatFailsOnceSucceedsAtItsSecondAttemptOnTheEventLoop() throws Exception {
        var productId = UUID.randomUUID();
        var orderId = place("customer-retry", productId, 1);
        var attempts = new AtomicInteger();
        List<Boolean> onEventLoop = new CopyOnWriteArrayList<>();
        faults.aroundConfirmation((command, confirm) -> {
            onEventLoop.add(Context.isOnEventLoopThread() && Vertx.currentContext() != null);
            return confirm.get()
                    .chain(() -> attempts.incrementAndGet() == 1
                            ? Uni.createFrom().failure(new ConnectException("simulated: connection refused"))
                            : Uni.createFrom().voidItem());
        });
        double requeuedBefore = Metrics.consumed(CONSUMER, "requeued");
        double waitedBefore = Metrics.consumed(CONSUMER, "waited-transient");

        broker.publish(Exchanges.PRODUCT_EVENTS, "StockReserved", stockReservedMessage(orderId, productId, 1));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(statusOf(orderId)).isEqualTo("CONFIRMED"));
        assertThat(attempts).hasValue(2);
        assertThat(onEventLoop).containsExactly(true, true);
        assertThat(Metrics.consumed(CONSUMER, "waited-transient")).isEqualTo(waitedBefore + 1);
        assertThat(Metrics.consumed(CONSUMER, "requeued")).isEqualTo(requeuedBefore);
        assertThat(broker.drain(Subscription.STOCK_OUTCOMES.deadLetterQueue())).isEmpty();
    }
}
