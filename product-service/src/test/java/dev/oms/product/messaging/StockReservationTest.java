package dev.oms.product.messaging;

import static dev.oms.product.support.Catalog.addProduct;
import static dev.oms.product.support.Catalog.stockOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.oms.events.Exchanges;
import dev.oms.platform.testing.Broker;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** OrderPlaced arrives over the real broker; the stock drops and the outcome is published back. */
@QuarkusTest
class StockReservationTest {

    private Broker broker;
    private List<String> outcomes;

    @BeforeEach
    void connect() throws Exception {
        broker = new Broker();
        outcomes = broker.listen(Exchanges.PRODUCT_EVENTS, "#");
    }

    @AfterEach
    void disconnect() throws Exception {
        broker.close();
    }

    @Test
    void anOrderThatFitsTheStockIsReservedAndTheStockDrops() throws Exception {
        var productId = addProduct(5);
        var orderId = UUID.randomUUID();

        broker.publish(Exchanges.ORDER_EVENTS, "OrderPlaced", orderPlaced(orderId, productId, 3));

        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(stockOf(productId)).isEqualTo(2));
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(outcomes)
                        .anySatisfy(body -> assertThat(body)
                                .contains("\"type\":\"StockReserved\"")
                                .contains(orderId.toString())
                                .contains("\"name\":\"Mechanical keyboard\"")));
        // so that every replica's cache learns the new stock: the product's own event, with its new version
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(outcomes)
                        .anySatisfy(body -> assertThat(body)
                                .contains("\"type\":\"ProductStockChanged\"")
                                .contains("\"aggregateId\":\"" + productId + "\"")
                                .contains("\"aggregateVersion\":1")
                                .contains("\"orderId\":\"" + orderId + "\"")
                                .contains("\"delta\":-3")
                                .contains("\"stock\":2")
                                .contains("\"reason\":\"reserved for an order\"")));
    }

    @Test
    void anOrderBeyondTheStockIsRejectedAndTakesNothing() throws Exception {
        var enough = addProduct(10);
        var scarce = addProduct(1);
        var orderId = UUID.randomUUID();

        broker.publish(Exchanges.ORDER_EVENTS, "OrderPlaced", """
                {"eventId":"%s","type":"OrderPlaced","schemaVersion":1,"occurredAt":"%s","aggregateId":"%s",
                 "aggregateVersion":0,"correlationId":"%s","payload":{"orderId":"%s","customerId":"c-1",
                 "lines":[{"productId":"%s","quantity":4},{"productId":"%s","quantity":2}]}}
                """.formatted(
                        UUID.randomUUID(), Instant.now(), orderId, orderId, orderId, enough, scarce));

        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(outcomes)
                        .anySatisfy(body -> assertThat(body)
                                .contains("\"type\":\"StockRejected\"")
                                .contains(orderId.toString())
                                .contains("INSUFFICIENT_STOCK")
                                .contains(scarce)));
        assertThat(stockOf(enough))
                .as("all or nothing: the line that fitted was not taken")
                .isEqualTo(10);
        assertThat(stockOf(scarce)).isEqualTo(1);
        assertThat(outcomes)
                .as("a rejected order changes no stock")
                .noneSatisfy(body -> assertThat(body)
                        .contains("\"type\":\"ProductStockChanged\"")
                        .contains(orderId.toString()));
    }

    static String orderPlaced(UUID orderId, String productId, int quantity) {
        return """
                {"eventId":"%s","type":"OrderPlaced","schemaVersion":1,"occurredAt":"%s","aggregateId":"%s",
                 "aggregateVersion":0,"correlationId":"%s","payload":{"orderId":"%s","customerId":"c-1",
                 "lines":[{"productId":"%s","quantity":%d}]}}
                """.formatted(UUID.randomUUID(), Instant.now(), orderId, orderId, orderId, productId, quantity);
    }
}
