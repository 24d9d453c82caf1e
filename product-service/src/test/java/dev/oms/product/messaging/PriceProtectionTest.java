package dev.oms.product.messaging;

import static dev.oms.product.support.Catalog.stockOf;
import static dev.oms.product.support.Catalog.uniqueSku;
import static dev.oms.product.support.CatalogTokens.asCatalogAdmin;
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
 * OrderPlaced over the real broker, with the prices the customer saw: a line is charged the catalogue's price only if
 * it is in that currency and no higher, and an order is never reserved across two currencies.
 */
@QuarkusTest
class PriceProtectionTest {

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
    void aPriceRaisedSinceTheCustomerSawItRejectsTheOrderAndSaysWhatItIsNow() throws Exception {
        var product = add("12.50", "EUR", 5);
        var order = UUID.randomUUID();

        broker.publish(Exchanges.ORDER_EVENTS, "OrderPlaced", placed(order, line(product, 2, "10.00", "EUR")));

        awaitOutcome(
                order, "StockRejected", "\"reason\":\"PRICE_CHANGED\"", "\"unitPrice\":12.5", "\"currency\":\"EUR\"");
        assertThat(stockOf(product)).isEqualTo(5);
    }

    @Test
    void aPriceLoweredSinceTheCustomerSawItIsChargedAsItIsNow() throws Exception {
        var product = add("9.00", "EUR", 5);
        var order = UUID.randomUUID();

        broker.publish(Exchanges.ORDER_EVENTS, "OrderPlaced", placed(order, line(product, 2, "10.00", "EUR")));

        awaitOutcome(order, "StockReserved", "\"unitPrice\":9");
        assertThat(stockOf(product)).isEqualTo(3);
    }

    @Test
    void productsInTwoCurrenciesAreNotReservedForOneOrder() throws Exception {
        var inEuro = add("10.00", "EUR", 5);
        var inDollars = add("10.00", "USD", 5);
        var order = UUID.randomUUID();

        broker.publish(
                Exchanges.ORDER_EVENTS,
                "OrderPlaced",
                placed(
                        order,
                        "{\"productId\":\"%s\",\"quantity\":1},{\"productId\":\"%s\",\"quantity\":1}"
                                .formatted(inEuro, inDollars)));

        awaitOutcome(order, "StockRejected", "\"reason\":\"MIXED_CURRENCIES\"", "\"currency\":\"USD\"");
        assertThat(stockOf(inEuro)).isEqualTo(5);
        assertThat(stockOf(inDollars)).isEqualTo(5);
    }

    private void awaitOutcome(UUID order, String type, String... contents) {
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(outcomes)
                        .anySatisfy(body -> assertThat(body)
                                .contains("\"type\":\"" + type + "\"")
                                .contains(order.toString())
                                .contains(contents)));
    }

    private static String add(String price, String currency, int stock) {
        return asCatalogAdmin()
                .contentType(ContentType.JSON)
                .body("""
                        {"sku":"%s","name":"Teapot","category":"kitchen","price":%s,"currency":"%s","stock":%d}
                        """.formatted(uniqueSku("PRICE"), price, currency, stock))
                .post("/api/products")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String line(String product, int quantity, String seenPrice, String seenCurrency) {
        return """
                {"productId":"%s","quantity":%d,"seenUnitPrice":%s,"seenCurrency":"%s"}""".formatted(product, quantity, seenPrice, seenCurrency);
    }

    private static String placed(UUID order, String lines) {
        return """
                {"eventId":"%s","type":"OrderPlaced","schemaVersion":1,"occurredAt":"%s","aggregateId":"%s",
                 "aggregateVersion":0,"correlationId":"%s","payload":{"orderId":"%s","customerId":"c-1",
                 "lines":[%s]}}
                """.formatted(UUID.randomUUID(), Instant.now(), order, order, order, lines);
    }
}
