package dev.oms.order.messaging;

import static dev.oms.order.support.OrderApi.place;
import static dev.oms.order.support.OrderApi.read;
import static dev.oms.order.support.OrderApi.statusOf;
import static dev.oms.order.support.OrderApi.stockReservedMessage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.oms.events.Exchanges;
import dev.oms.events.Subscription;
import dev.oms.platform.messaging.topology.WorkQueue;
import dev.oms.platform.testing.Broker;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The stock-outcome consumer over the real broker: a message delivered several times changes the order once, and a
 * message that can never be processed ends in the dead-letter queue without holding up the ones behind it.
 */
@QuarkusTest
class ReliableConsumptionTest {

    private static final String DEAD_LETTERS = Subscription.STOCK_OUTCOMES.deadLetterQueue();

    private Broker broker;
    private List<String> statusChanges;

    @BeforeEach
    void connect() throws Exception {
        broker = new Broker();
        broker.drain(DEAD_LETTERS);
        statusChanges = broker.listen(Exchanges.ORDER_EVENTS, "OrderStatusChanged");
    }

    @AfterEach
    void disconnect() throws Exception {
        broker.close();
    }

    @Test
    void theWorkQueueDeadLettersAtLeastOnceAsItsDeclarationSays() throws Exception {
        var declared = new WorkQueue(Subscription.STOCK_OUTCOMES).arguments();

        assertThat(broker.declaredWith(Subscription.STOCK_OUTCOMES.queue(), declared))
                .isTrue();
        var atMostOnce = new java.util.HashMap<>(declared);
        atMostOnce.remove("x-dead-letter-strategy");
        atMostOnce.remove("x-overflow");
        assertThat(broker.declaredWith(Subscription.STOCK_OUTCOMES.queue(), atMostOnce))
                .as("the probe can tell")
                .isFalse();
    }

    @Test
    void theSameOutcomeDeliveredThreeTimesConfirmsTheOrderOnce() throws Exception {
        var productId = UUID.randomUUID();
        var orderId = place("customer-dup", productId, 2);
        var message = stockReservedMessage(orderId, productId, 2);

        for (int i = 0; i < 3; i++) {
            broker.publish(Exchanges.PRODUCT_EVENTS, "StockReserved", message);
        }
        var followUp = stockReservedMessage(orderId, productId, 2); // a different event id, same meaning: ignored too
        broker.publish(Exchanges.PRODUCT_EVENTS, "StockReserved", followUp);

        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(statusOf(orderId)).isEqualTo("CONFIRMED"));
        // Wait until all four deliveries have been handled: nothing is left in flight once the dead-letter queue and
        // the history are stable; then the order must have changed exactly once.
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var order = read(orderId);
            assertThat(order.getList("statusHistory")).hasSize(1);
            assertThat(order.getDouble("total")).isEqualTo(51.0);
            assertThat(statusChanges.stream().filter(body -> body.contains(orderId)))
                    .hasSize(1);
        });
        assertThat(broker.drain(DEAD_LETTERS)).isEmpty();
    }

    @Test
    void aMalformedMessageIsDeadLetteredAtOnceAndTheNextMessageIsProcessed() throws Exception {
        var productId = UUID.randomUUID();
        var orderId = place("customer-malformed", productId, 1);

        broker.publishRaw(Exchanges.PRODUCT_EVENTS, "StockReserved", "{not json".getBytes(StandardCharsets.UTF_8));
        broker.publish(Exchanges.PRODUCT_EVENTS, "StockReserved", """
                {"eventId":"%s","type":"StockReserved","schemaVersion":99,"occurredAt":"2026-01-01T00:00:00Z",
                 "aggregateId":"x","aggregateVersion":0,"payload":{}}""".formatted(UUID.randomUUID()));
        broker.publish(Exchanges.PRODUCT_EVENTS, "StockReserved", stockReservedMessage(orderId, productId, 1));

        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(statusOf(orderId)).isEqualTo("CONFIRMED"));
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(broker.drain(DEAD_LETTERS))
                        .anySatisfy(body -> assertThat(body).isEqualTo("{not json"))
                        .anySatisfy(body -> assertThat(body).contains("\"schemaVersion\":99")));
    }

    @Test
    void aMessageWhoseHandlerAlwaysFailsEndsInTheDeadLettersAndDoesNotBlockTheQueue() throws Exception {
        var productId = UUID.randomUUID();
        var poisoned = place("customer-poison", productId, 1);
        var healthy = place("customer-healthy", productId, 1);

        // A reservation naming a product the order does not have: confirming it always fails.
        broker.publish(Exchanges.PRODUCT_EVENTS, "StockReserved", stockReservedMessage(poisoned, UUID.randomUUID(), 1));
        broker.publish(Exchanges.PRODUCT_EVENTS, "StockReserved", stockReservedMessage(healthy, productId, 1));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(statusOf(healthy)).isEqualTo("CONFIRMED"));
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(broker.drain(DEAD_LETTERS))
                        .anySatisfy(body -> assertThat(body).contains(poisoned)));
        assertThat(statusOf(poisoned)).isEqualTo("PENDING");
    }
}
