package dev.oms.product.messaging;

import static dev.oms.product.support.Catalog.addProduct;
import static dev.oms.product.support.Catalog.stockOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.oms.events.Exchanges;
import dev.oms.events.Subscription;
import dev.oms.platform.testing.Broker;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The stock side of the saga over the real broker: never oversold under concurrency, never applied twice, released
 * exactly once, and a poison message never blocks the queue.
 */
@QuarkusTest
class StockSagaTest {

    private static final String DEAD_LETTERS = Subscription.STOCK_REQUESTS.deadLetterQueue();

    @Inject
    AgroalDataSource database;

    private Broker broker;
    private List<String> published;

    @BeforeEach
    void connect() throws Exception {
        broker = new Broker();
        broker.drain(DEAD_LETTERS);
        published = broker.listen(Exchanges.PRODUCT_EVENTS, "#");
    }

    private String reservationStatus(UUID orderId) throws SQLException {
        try (var connection = database.getConnection();
                var query = connection.prepareStatement(
                        "SELECT status FROM catalog.order_reservation WHERE order_id = ?")) {
            query.setObject(1, orderId);
            try (var row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    @AfterEach
    void disconnect() throws Exception {
        broker.close();
    }

    @Test
    void twoHundredOrdersForFiftyUnitsReserveExactlyFifty() throws Exception {
        var productId = addProduct(50);
        var orders = new CopyOnWriteArrayList<UUID>();
        for (int i = 0; i < 200; i++) {
            var orderId = UUID.randomUUID();
            orders.add(orderId);
            broker.publish(
                    Exchanges.ORDER_EVENTS, "OrderPlaced", orderPlaced(UUID.randomUUID(), orderId, productId, 1));
        }

        await().atMost(Duration.ofSeconds(90))
                .untilAsserted(() -> assertThat(outcomesFor(orders)).hasSize(200));
        assertThat(count("StockReserved", orders)).isEqualTo(50);
        assertThat(count("StockRejected", orders)).isEqualTo(150);
        assertThat(stockOf(productId)).isZero();
        // never negative at any point: every stock level the product announced on the way down
        assertThat(published.stream()
                        .filter(body -> body.contains("\"type\":\"ProductStockChanged\"") && body.contains(productId))
                        .map(body -> Integer.parseInt(body.replaceAll(".*\"stock\":(-?\\d+).*", "$1"))))
                .hasSize(50)
                .allSatisfy(stock -> assertThat(stock).isBetween(0, 49));
    }

    @Test
    void anOrderDeliveredThreeTimesOrRepublishedIsReservedOnce() throws Exception {
        var productId = addProduct(10);
        var orderId = UUID.randomUUID();
        var message = orderPlaced(UUID.randomUUID(), orderId, productId, 3);

        for (int i = 0; i < 3; i++) {
            broker.publish(Exchanges.ORDER_EVENTS, "OrderPlaced", message);
        }
        broker.publish(Exchanges.ORDER_EVENTS, "OrderPlaced", orderPlaced(UUID.randomUUID(), orderId, productId, 3));

        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(stockOf(productId)).isEqualTo(7));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(stockOf(productId)).isEqualTo(7);
            assertThat(count("StockReserved", List.of(orderId))).isEqualTo(1);
        });
    }

    @Test
    void cancellingAReservedOrderReleasesItsStockExactlyOnce() throws Exception {
        var productId = addProduct(10);
        var orderId = UUID.randomUUID();
        broker.publish(Exchanges.ORDER_EVENTS, "OrderPlaced", orderPlaced(UUID.randomUUID(), orderId, productId, 4));
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(stockOf(productId)).isEqualTo(6));

        var cancelled = orderCancelled(UUID.randomUUID(), orderId);
        broker.publish(Exchanges.ORDER_EVENTS, "OrderCancelled", cancelled);
        broker.publish(Exchanges.ORDER_EVENTS, "OrderCancelled", cancelled);
        broker.publish(Exchanges.ORDER_EVENTS, "OrderCancelled", orderCancelled(UUID.randomUUID(), orderId));

        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(stockOf(productId)).isEqualTo(10));
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(stockOf(productId)).isEqualTo(10));
    }

    @Test
    void aCancellationThatOvertakesItsOrderMeansTheOrderReservesNothing() throws Exception {
        var productId = addProduct(5);
        var orderId = UUID.randomUUID();

        broker.publish(Exchanges.ORDER_EVENTS, "OrderCancelled", orderCancelled(UUID.randomUUID(), orderId));
        // Overtaken means handled first: with several consumers two messages published back to back run side by side,
        // and then the order may win (and its stock be released by the cancellation), which is another case.
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(reservationStatus(orderId)).isEqualTo("CANCELLED_BEFORE_PLACED"));
        broker.publish(Exchanges.ORDER_EVENTS, "OrderPlaced", orderPlaced(UUID.randomUUID(), orderId, productId, 2));
        var marker = addProduct(1); // a later write whose event shows the consumer has moved past both messages
        broker.publish(
                Exchanges.ORDER_EVENTS, "OrderPlaced", orderPlaced(UUID.randomUUID(), UUID.randomUUID(), marker, 1));

        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(stockOf(marker)).isZero());
        assertThat(stockOf(productId)).isEqualTo(5);
        assertThat(count("StockReserved", List.of(orderId)) + count("StockRejected", List.of(orderId)))
                .isZero();
    }

    @Test
    void cancellingARejectedOrderIsHandledAndReleasesNothing() throws Exception {
        var productId = addProduct(1);
        var orderId = UUID.randomUUID();
        broker.publish(Exchanges.ORDER_EVENTS, "OrderPlaced", orderPlaced(UUID.randomUUID(), orderId, productId, 2));
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() ->
                        assertThat(count("StockRejected", List.of(orderId))).isEqualTo(1));

        var cancellation = UUID.randomUUID();
        broker.publish(Exchanges.ORDER_EVENTS, "OrderCancelled", orderCancelled(cancellation, orderId));

        // remembered by the inbox only once its handling committed: a cancellation that failed would be retried instead
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(processed(cancellation)).isTrue());
        assertThat(reservationStatus(orderId)).isEqualTo("REJECTED");
        assertThat(stockOf(productId)).isEqualTo(1);
    }

    private boolean processed(UUID eventId) throws SQLException {
        try (var connection = database.getConnection();
                var query =
                        connection.prepareStatement("SELECT count(*) FROM catalog.inbox_message WHERE event_id = ?")) {
            query.setObject(1, eventId);
            try (var row = query.executeQuery()) {
                return row.next() && row.getLong(1) > 0;
            }
        }
    }

    @Test
    void malformedMessagesAreDeadLetteredAndTheMessagesBehindThemProcessed() throws Exception {
        var productId = addProduct(3);
        broker.publishRaw(Exchanges.ORDER_EVENTS, "OrderPlaced", "<xml/>".getBytes(StandardCharsets.UTF_8));
        broker.publish(Exchanges.ORDER_EVENTS, "OrderPlaced", """
                {"eventId":"%s","type":"OrderPlaced","schemaVersion":1,"occurredAt":"%s","aggregateId":"a",
                 "aggregateVersion":0,"payload":{"orderId":"not-a-uuid","customerId":"c","lines":[]}}
                """.formatted(UUID.randomUUID(), Instant.now()));
        var orderId = UUID.randomUUID();
        broker.publish(Exchanges.ORDER_EVENTS, "OrderPlaced", orderPlaced(UUID.randomUUID(), orderId, productId, 1));

        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(stockOf(productId)).isEqualTo(2));
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(broker.drain(DEAD_LETTERS))
                        .anySatisfy(body -> assertThat(body).isEqualTo("<xml/>"))
                        .anySatisfy(body -> assertThat(body).contains("not-a-uuid")));
    }

    @Test
    void anOrderWhoseHandlingAlwaysFailsEndsInTheDeadLetters() throws Exception {
        // An order with no lines passes decoding but the domain refuses it every time.
        var poisoned = UUID.randomUUID();
        broker.publish(Exchanges.ORDER_EVENTS, "OrderPlaced", """
                {"eventId":"%s","type":"OrderPlaced","schemaVersion":1,"occurredAt":"%s","aggregateId":"%s",
                 "aggregateVersion":0,"payload":{"orderId":"%s","customerId":"c","lines":[]}}
                """.formatted(
                        UUID.randomUUID(), Instant.now(), poisoned, poisoned));
        var productId = addProduct(2);
        broker.publish(
                Exchanges.ORDER_EVENTS, "OrderPlaced", orderPlaced(UUID.randomUUID(), UUID.randomUUID(), productId, 2));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(stockOf(productId)).isZero());
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(broker.drain(DEAD_LETTERS))
                        .anySatisfy(body -> assertThat(body).contains(poisoned.toString())));
    }

    private List<String> outcomesFor(List<UUID> orders) {
        return published.stream()
                .filter(body ->
                        body.contains("\"type\":\"StockReserved\"") || body.contains("\"type\":\"StockRejected\""))
                .filter(body -> orders.stream().anyMatch(id -> body.contains(id.toString())))
                .toList();
    }

    private long count(String type, List<UUID> orders) {
        return published.stream()
                .filter(body -> body.contains("\"type\":\"" + type + "\""))
                .filter(body -> orders.stream().anyMatch(id -> body.contains(id.toString())))
                .count();
    }

    static String orderPlaced(UUID eventId, UUID orderId, String productId, int quantity) {
        return """
                {"eventId":"%s","type":"OrderPlaced","schemaVersion":1,"occurredAt":"%s","aggregateId":"%s",
                 "aggregateVersion":0,"correlationId":"%s","payload":{"orderId":"%s","customerId":"c-1",
                 "lines":[{"productId":"%s","quantity":%d}]}}
                """.formatted(eventId, Instant.now(), orderId, orderId, orderId, productId, quantity);
    }

    static String orderCancelled(UUID eventId, UUID orderId) {
        return """
                {"eventId":"%s","type":"OrderCancelled","schemaVersion":1,"occurredAt":"%s","aggregateId":"%s",
                 "aggregateVersion":2,"correlationId":"%s","payload":{"orderId":"%s","reason":"changed my mind"}}
                """.formatted(eventId, Instant.now(), orderId, orderId, orderId);
    }
}
