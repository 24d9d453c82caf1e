package dev.oms.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario 6: the event consumers of both services, fed straight through the broker. Duplicates and late
 * (out-of-order) events change nothing; malformed messages, and one whose handler can only fail, end in the
 * consumer's dead-letter queue while the messages behind them are processed.
 *
 * <p>Real events are captured with a queue of this test's own bound to the services' exchanges, and published again
 * as they were (or with a new event id, as a producer that re-sent them after a crash would). Processing is observed
 * through the inbox tables (read-only), so the test waits for exactly what it injected.
 */
@ExtendWith(SystemUnderTest.class)
class EventConsumersIT {

    private final String tag = Shop.tag();
    private final String customer = "events-" + tag;
    private Broker broker;
    private String orderEvents;
    private String stockOutcomes;

    @BeforeEach
    void listen() {
        SystemUnderTest.assumeInspectable();
        broker = Broker.connect(SystemUnderTest.broker());
        orderEvents = broker.listen(Broker.ORDER_EVENTS, "OrderPlaced", "OrderCancelled");
        stockOutcomes = broker.listen(Broker.PRODUCT_EVENTS, "StockReserved", "StockRejected");
    }

    @AfterEach
    void close() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void everyEventOfAFlowPublishedThreeTimesEndsAsIfPublishedOnce() {
        var product = Shop.addProduct("EVT-" + tag + "-D", "Duplicate", "evt-" + tag, "2.50", 10);
        var orderId = Shop.place(customer, Map.of(product, 3), null).id();
        var confirmed = OrderLifecycleIT.awaitStatus(orderId, "CONFIRMED");
        var placed = captured(orderEvents, "OrderPlaced", orderId);
        var reserved = captured(stockOutcomes, "StockReserved", orderId);

        // the same events twice more each, as a producer that re-sent them would: same event ids
        for (int copy = 0; copy < 2; copy++) {
            broker.publish(Broker.ORDER_EVENTS, "OrderPlaced", placed);
            broker.publish(Broker.PRODUCT_EVENTS, "StockReserved", reserved);
        }
        // and once more each under a new event id, which the inbox cannot recognise: the saga's own keys must
        var placedAgain = withNewEventId(placed);
        var reservedAgain = withNewEventId(reserved);
        broker.publish(Broker.ORDER_EVENTS, "OrderPlaced", placedAgain);
        broker.publish(Broker.PRODUCT_EVENTS, "StockReserved", reservedAgain);
        awaitProcessed("catalog", eventId(placedAgain));
        awaitProcessed("ordering", eventId(reservedAgain));
        awaitQueuesDrained();

        assertThat(Shop.stock(product)).as("stock after one reservation of 3").isEqualTo(7);
        var order = Shop.order(orderId);
        assertThat(order.getString("status")).isEqualTo("CONFIRMED");
        assertThat(order.getInt("version")).isEqualTo(confirmed.getInt("version"));
        assertThat(order.getList("statusHistory")).hasSize(1);
        Invariants.assertAtRest();
    }

    @Test
    void lateEventsAfterACancellationAndACancellationBeforeItsOrderReserveNothing() {
        var product = Shop.addProduct("EVT-" + tag + "-L", "Late", "evt-" + tag, "4", 10);
        var orderId = Shop.place(customer, Map.of(product, 4), null).id();
        OrderLifecycleIT.awaitStatus(orderId, "CONFIRMED");
        var placed = captured(orderEvents, "OrderPlaced", orderId);
        var reserved = captured(stockOutcomes, "StockReserved", orderId);
        assertThat(Shop.cancel(customer, orderId).status()).isEqualTo(200);
        captured(orderEvents, "OrderCancelled", orderId);
        await("stock released").atMost(Duration.ofSeconds(30)).until(() -> Shop.stock(product) == 10);

        // the order's first events arrive again after its cancellation (a redelivery from a stale replica)
        var latePlaced = withNewEventId(placed);
        var lateReserved = withNewEventId(reserved);
        broker.publish(Broker.ORDER_EVENTS, "OrderPlaced", latePlaced);
        broker.publish(Broker.PRODUCT_EVENTS, "StockReserved", lateReserved);
        awaitProcessed("catalog", eventId(latePlaced));
        awaitProcessed("ordering", eventId(lateReserved));
        assertThat(Shop.stock(product))
                .as("nothing reserved again for a cancelled order")
                .isEqualTo(10);
        assertThat(Shop.order(orderId).getString("status")).isEqualTo("CANCELLED");

        // a cancellation that overtakes its order: the order, when it arrives, reserves nothing
        var overtaken = UUID.randomUUID().toString();
        var cancelFirst = envelope("OrderCancelled", overtaken, 2, """
                {"orderId":"%s","reason":"changed my mind"}""".formatted(overtaken));
        var placedSecond = envelope("OrderPlaced", overtaken, 0, """
                {"orderId":"%s","customerId":"%s","lines":[{"productId":"%s","quantity":5}]}""".formatted(overtaken, customer, product));
        broker.publish(Broker.ORDER_EVENTS, "OrderCancelled", cancelFirst);
        awaitProcessed("catalog", eventId(cancelFirst));
        broker.publish(Broker.ORDER_EVENTS, "OrderPlaced", placedSecond);
        awaitProcessed("catalog", eventId(placedSecond));
        assertThat(Shop.stock(product))
                .as("nothing reserved for an order cancelled before it arrived")
                .isEqualTo(10);
        awaitQueuesDrained();
        Invariants.assertAtRest();
    }

    @Test
    void malformedMessagesAndOneThatAlwaysFailsEndInTheDeadLettersAndTheFlowBehindThemGoesOn() {
        var product = Shop.addProduct("EVT-" + tag + "-M", "Malformed", "evt-" + tag, "1", 10);
        var marker = "poison-" + tag;
        var poison = new ArrayList<String>(List.of(
                "this is not JSON " + marker,
                "{\"marker\":\"" + marker + "\"}",
                envelope("OrderShredded", marker, 0, "{}"),
                envelope("OrderPlaced", marker, 0, "{\"orderId\":\"not-a-uuid\",\"marker\":\"" + marker + "\"}"),
                envelope(
                        "OrderPlaced",
                        marker,
                        0,
                        "{\"orderId\":\"" + UUID.randomUUID() + "\",\"lines\":" + "[{\"productId\":\"" + product
                                + "\",\"quantity\":\"many\"}],\"m\":\"" + marker + "\"}"),
                "{\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"OrderPlaced\",\"schemaVersion\":99,"
                        + "\"payload\":{},\"marker\":\"" + marker + "\"}"));
        // a well-formed order with no lines: the handler refuses it on every delivery
        var alwaysFails = envelope("OrderPlaced", marker, 0, """
                {"orderId":"%s","customerId":"%s","lines":[],"marker":"%s"}""".formatted(UUID.randomUUID(), customer, marker));
        for (var message : poison) {
            broker.publish(Broker.ORDER_EVENTS, "OrderPlaced", message);
        }
        broker.publish(Broker.ORDER_EVENTS, "OrderPlaced", alwaysFails);
        var poisonOutcomes = List.of(
                "{\"garbage\":\"" + marker + "\"",
                envelope("StockReserved", marker, 0, "{\"orderId\":\"" + marker + "\"}"));
        for (var message : poisonOutcomes) {
            broker.publish(Broker.PRODUCT_EVENTS, "StockReserved", message);
        }

        // the flow behind them goes on
        var orderId = Shop.place(customer, Map.of(product, 2), null).id();
        OrderLifecycleIT.awaitStatus(orderId, "CONFIRMED");
        assertThat(Shop.stock(product)).isEqualTo(8);

        var deadOrders = awaitDeadLetters(Broker.PRODUCT_DEAD_LETTERS, poison.size() + 1);
        var deadOutcomes = awaitDeadLetters(Broker.ORDER_DEAD_LETTERS, poisonOutcomes.size());
        assertThat(deadOrders)
                .extracting(Broker.Received::body)
                .containsExactlyInAnyOrderElementsOf(concat(poison, alwaysFails));
        assertThat(deadOutcomes).extracting(Broker.Received::body).containsExactlyInAnyOrderElementsOf(poisonOutcomes);
        var failing = deadOrders.stream()
                .filter(m -> m.body().equals(alwaysFails))
                .findFirst()
                .orElseThrow();
        assertThat(failing.headers())
                .as("dead-lettered after its deliveries ran out")
                .containsKey("x-death");
        Invariants.assertAtRest();
    }

    /** Waits until the dead-letter queue holds this many messages, then takes them out (so it is empty again). */
    private List<Broker.Received> awaitDeadLetters(String queue, int expected) {
        await(expected + " messages in " + queue)
                .atMost(Duration.ofSeconds(60))
                .until(() -> broker.depth(queue) >= expected);
        var taken = broker.drain(queue);
        assertThat(taken).as("%s holds only what this test put there", queue).hasSize(expected);
        return taken;
    }

    private String captured(String queue, String type, String orderId) {
        var found = new String[1];
        var seen = new ArrayList<Broker.Received>();
        await(type + " of order " + orderId + " published")
                .atMost(Duration.ofSeconds(30))
                .until(() -> {
                    seen.addAll(broker.drain(queue));
                    seen.stream()
                            .filter(m -> m.routingKey().equals(type) && m.body().contains(orderId))
                            .findFirst()
                            .ifPresent(m -> found[0] = m.body());
                    return found[0] != null;
                });
        return found[0];
    }

    private void awaitQueuesDrained() {
        await("the consumers' queues drained")
                .atMost(Duration.ofSeconds(30))
                .until(() -> broker.depth(Broker.PRODUCT_ORDERS_QUEUE) == 0
                        && broker.depth(Broker.ORDER_STOCK_OUTCOMES_QUEUE) == 0);
    }

    /** Waits until a consumer of the service whose schema is given recorded the event in its inbox. */
    private static void awaitProcessed(String schema, String eventId) {
        var database = "catalog".equals(schema) ? SystemUnderTest.productDatabase() : SystemUnderTest.orderDatabase();
        await("event " + eventId + " processed (" + schema + ".inbox_message)")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    try (var connection = database.orElseThrow().connect();
                            var statement = connection.prepareStatement(
                                    "select count(*) from " + schema + ".inbox_message where event_id = ?")) {
                        statement.setObject(1, UUID.fromString(eventId));
                        try (var result = statement.executeQuery()) {
                            result.next();
                            return result.getInt(1) == 1;
                        }
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    private static String envelope(String type, String aggregateId, long version, String payload) {
        return """
                {"eventId":"%s","type":"%s","schemaVersion":1,"occurredAt":"%s","aggregateId":"%s",\
                "aggregateVersion":%d,"correlationId":"%s","payload":%s}""".formatted(UUID.randomUUID(), type, Instant.now(), aggregateId, version, aggregateId, payload);
    }

    private static String withNewEventId(String envelope) {
        return envelope.replace(eventId(envelope), UUID.randomUUID().toString());
    }

    private static String eventId(String envelope) {
        return new JsonPath(envelope).getString("eventId");
    }

    private static List<String> concat(List<String> list, String last) {
        var all = new ArrayList<>(list);
        all.add(last);
        return all;
    }
}
