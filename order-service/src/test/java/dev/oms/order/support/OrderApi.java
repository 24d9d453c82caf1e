package dev.oms.order.support;

import static dev.oms.order.support.OrderTokens.asCustomer;
import static dev.oms.order.support.OrderTokens.asFulfilment;

import dev.oms.events.Exchanges;
import dev.oms.platform.testing.Broker;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.UUID;

/** The order API and product-service's answers, as the tests drive them. */
public final class OrderApi {

    private OrderApi() {}

    public static String place(String customerId, UUID productId, int quantity) {
        return asCustomer(customerId)
                .contentType(ContentType.JSON)
                .body("""
                        {"customerId":"%s","lines":[{"productId":"%s","quantity":%d}]}
                        """.formatted(customerId, productId, quantity))
                .post("/api/orders")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
    }

    public static JsonPath read(String orderId) {
        return asFulfilment()
                .get("/api/orders/" + orderId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    public static String statusOf(String orderId) {
        return read(orderId).getString("status");
    }

    public static Response changeStatus(String orderId, String status, String reason) {
        return asFulfilment()
                .contentType(ContentType.JSON)
                .body("""
                        {"status":"%s","reason":"%s"}
                        """.formatted(status, reason))
                .patch("/api/orders/" + orderId + "/status");
    }

    /** Product-service's answer that every line was reserved, at 25.50 EUR per unit. */
    public static void stockReserved(Broker broker, String orderId, UUID productId, int quantity) throws Exception {
        broker.publish(Exchanges.PRODUCT_EVENTS, "StockReserved", stockReservedMessage(orderId, productId, quantity));
    }

    /** One StockReserved message (with its own event id), to publish as often as a test needs. */
    public static String stockReservedMessage(String orderId, UUID productId, int quantity) {
        return envelope("StockReserved", orderId, """
                {"orderId":"%s","lines":[{"productId":"%s","name":"Keyboard","unitPrice":25.50,"currency":"EUR",
                 "quantity":%d}]}""".formatted(orderId, productId, quantity));
    }

    public static void stockRejected(Broker broker, String orderId, UUID productId, int quantity) throws Exception {
        broker.publish(Exchanges.PRODUCT_EVENTS, "StockRejected", envelope("StockRejected", orderId, """
                {"orderId":"%s","lines":[{"productId":"%s","requested":%d,"available":1,
                 "reason":"INSUFFICIENT_STOCK"}]}""".formatted(
                        orderId, productId, quantity)));
    }

    private static String envelope(String type, String orderId, String payload) {
        return """
                {"eventId":"%s","type":"%s","schemaVersion":1,"occurredAt":"%s","aggregateId":"%s",
                 "aggregateVersion":0,"correlationId":"%s","payload":%s}
                """.formatted(UUID.randomUUID(), type, Instant.now(), orderId, orderId, payload);
    }
}
