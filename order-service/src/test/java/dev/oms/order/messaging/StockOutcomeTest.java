package dev.oms.order.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.oms.events.Exchanges;
import dev.oms.order.support.Broker;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The order side of the event path over the real broker: OrderPlaced goes out, the stock outcome comes back. */
@QuarkusTest
class StockOutcomeTest {

    private Broker broker;
    private List<String> placed;

    @BeforeEach
    void connect() throws Exception {
        broker = new Broker();
        placed = broker.listen(Exchanges.ORDER_EVENTS, "OrderPlaced");
    }

    @AfterEach
    void disconnect() throws Exception {
        broker.close();
    }

    @Test
    void aPlacedOrderIsPublishedAndConfirmedByStockReserved() throws Exception {
        var productId = UUID.randomUUID();
        var orderId = placeOrder(productId, 2);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(placed)
                .anySatisfy(body -> assertThat(body).contains("\"type\":\"OrderPlaced\"").contains(orderId)
                        .contains(productId.toString())));

        broker.publish(Exchanges.PRODUCT_EVENTS, "StockReserved", envelope("StockReserved", orderId, """
                {"orderId":"%s","lines":[{"productId":"%s","name":"Keyboard","unitPrice":25.50,"currency":"EUR",
                 "quantity":2}]}""".formatted(orderId, productId)));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(statusOf(orderId))
                .isEqualTo("CONFIRMED"));
        var order = given().get("/api/orders/" + orderId).then().statusCode(200).extract().jsonPath();
        assertThat(order.getString("lines[0].name")).isEqualTo("Keyboard");
        assertThat(order.getDouble("total")).isEqualTo(51.0);
    }

    @Test
    void aPlacedOrderIsRejectedByStockRejected() throws Exception {
        var productId = UUID.randomUUID();
        var orderId = placeOrder(productId, 5);

        broker.publish(Exchanges.PRODUCT_EVENTS, "StockRejected", envelope("StockRejected", orderId, """
                {"orderId":"%s","lines":[{"productId":"%s","requested":5,"available":1,
                 "reason":"INSUFFICIENT_STOCK"}]}""".formatted(orderId, productId)));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(statusOf(orderId))
                .isEqualTo("REJECTED"));
    }

    private static String placeOrder(UUID productId, int quantity) {
        return given().contentType(ContentType.JSON)
                .body("""
                        {"customerId":"customer-9","lines":[{"productId":"%s","quantity":%d}]}
                        """.formatted(productId, quantity))
                .post("/api/orders").then().statusCode(202).extract().path("id");
    }

    private static String statusOf(String orderId) {
        return given().get("/api/orders/" + orderId).then().statusCode(200).extract().path("status");
    }

    private static String envelope(String type, String orderId, String payload) {
        return """
                {"eventId":"%s","type":"%s","schemaVersion":1,"occurredAt":"%s","aggregateId":"%s",
                 "aggregateVersion":0,"correlationId":"%s","payload":%s}
                """.formatted(UUID.randomUUID(), type, Instant.now(), orderId, orderId, payload);
    }
}
