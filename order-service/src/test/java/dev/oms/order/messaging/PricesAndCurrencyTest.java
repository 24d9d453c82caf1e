package dev.oms.order.messaging;

import static dev.oms.order.support.OrderApi.read;
import static dev.oms.order.support.OrderTokens.asCustomer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.oms.events.Exchanges;
import dev.oms.platform.testing.Broker;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An order is paid in one currency, and never charged more than the customer saw: the seen price goes out with
 * OrderPlaced, the order shows it, a PRICE_CHANGED answer rejects the order saying what the catalogue asks now, and
 * amounts of two currencies are never added up.
 */
@QuarkusTest
class PricesAndCurrencyTest {

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
    void seenPricesInTwoCurrenciesAreRefusedAtPlacementAndNothingIsStored() {
        var customer = "multi-" + UUID.randomUUID().toString().substring(0, 8);

        var refused = asCustomer(customer)
                .contentType(ContentType.JSON)
                .body("{\"lines\":[%s,%s]}"
                        .formatted(
                                line(UUID.randomUUID(), 1, "10.00", "EUR"), line(UUID.randomUUID(), 1, "10.00", "USD")))
                .post("/api/orders");

        refused.then().statusCode(422).contentType("application/problem+json");
        assertThat(refused.jsonPath().getString("type")).isEqualTo("urn:oms:problem:mixed-currencies");
        assertThat(refused.jsonPath().getList("currencies")).containsExactly("EUR", "USD");
        assertThat(asCustomer(customer).get("/api/orders").jsonPath().getList("items"))
                .as("nothing was placed")
                .isEmpty();
    }

    @Test
    void theSeenPriceTravelsWithOrderPlacedAndARaisedPriceRejectsTheOrderSayingWhy() throws Exception {
        var product = UUID.randomUUID();
        var order = asCustomer("dora")
                .contentType(ContentType.JSON)
                .body("{\"lines\":[%s]}".formatted(line(product, 2, "7.25", "EUR")))
                .post("/api/orders")
                .then()
                .statusCode(202)
                .extract()
                .jsonPath();
        var orderId = order.getString("id");
        assertThat(order.getString("lines[0].seenPrice.currency")).isEqualTo("EUR");

        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(placed)
                        .anySatisfy(body -> assertThat(body)
                                .contains(orderId)
                                .contains("\"seenUnitPrice\":7.25")
                                .contains("\"seenCurrency\":\"EUR\"")));

        broker.publish(Exchanges.PRODUCT_EVENTS, "StockRejected", envelope("StockRejected", orderId, """
                {"orderId":"%s","lines":[{"productId":"%s","requested":2,"available":9,"reason":"PRICE_CHANGED",
                 "unitPrice":7.5,"currency":"EUR"}]}""".formatted(
                        orderId, product)));

        await().atMost(Duration.ofSeconds(15))
                .until(() -> "REJECTED".equals(read(orderId).getString("status")));
        var rejected = read(orderId);
        assertThat(rejected.getString("statusHistory[0].reason"))
                .contains(product.toString())
                .contains("PRICE_CHANGED")
                .contains("catalogue price 7.5 EUR");
        assertThat(rejected.getDouble("lines[0].seenPrice.amount")).isEqualTo(7.25);
        assertThat(rejected.getString("total")).isNull();
    }

    @Test
    void linesPricedInTwoCurrenciesAreNeverAddedUp() throws Exception {
        var inEuro = UUID.randomUUID();
        var inDollars = UUID.randomUUID();
        var orderId = asCustomer("ed")
                .contentType(ContentType.JSON)
                .body("{\"lines\":[{\"productId\":\"%s\",\"quantity\":1},{\"productId\":\"%s\",\"quantity\":1}]}"
                        .formatted(inEuro, inDollars))
                .post("/api/orders")
                .then()
                .statusCode(202)
                .extract()
                .<String>path("id");

        // an answer no current product-service gives (it refuses such an order), as an older one could
        broker.publish(Exchanges.PRODUCT_EVENTS, "StockReserved", envelope("StockReserved", orderId, """
                {"orderId":"%s","lines":[
                 {"productId":"%s","name":"Cup","unitPrice":10,"currency":"EUR","quantity":1},
                 {"productId":"%s","name":"Mug","unitPrice":10,"currency":"USD","quantity":1}]}""".formatted(
                        orderId, inEuro, inDollars)));

        await().atMost(Duration.ofSeconds(15))
                .until(() -> "CONFIRMED".equals(read(orderId).getString("status")));
        var confirmed = read(orderId);
        assertThat(confirmed.getString("total"))
                .as("10 EUR + 10 USD is not 20 of anything")
                .isNull();
        assertThat(confirmed.getString("currency")).isNull();
        assertThat(confirmed.getList("lines.lineTotal")).hasSize(2).doesNotContainNull();
    }

    private static String line(UUID product, int quantity, String amount, String currency) {
        return """
                {"productId":"%s","quantity":%d,"seenPrice":{"amount":%s,"currency":"%s"}}""".formatted(product, quantity, amount, currency);
    }

    private static String envelope(String type, String orderId, String payload) {
        return """
                {"eventId":"%s","type":"%s","schemaVersion":1,"occurredAt":"%s","aggregateId":"%s",
                 "aggregateVersion":0,"correlationId":"%s","payload":%s}
                """.formatted(UUID.randomUUID(), type, Instant.now(), orderId, orderId, payload);
    }
}
