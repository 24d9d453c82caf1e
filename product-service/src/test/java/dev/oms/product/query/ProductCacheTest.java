package dev.oms.product.query;

import static dev.oms.product.support.Catalog.addProduct;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.oms.events.Exchanges;
import dev.oms.platform.testing.Broker;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The cache follows product events that arrive over the broker, as another replica's would: a newer event changes what
 * GET returns without touching the database, an older one never does. (The events here are made up, so what the cache
 * shows differs from the database on purpose.)
 */
@QuarkusTest
class ProductCacheTest {

    private Broker broker;

    @BeforeEach
    void connect() throws Exception {
        broker = new Broker();
    }

    @AfterEach
    void disconnect() throws Exception {
        broker.close();
    }

    @Test
    void aNewerEventChangesTheCachedProductAndAnOlderOneNever() throws Exception {
        var id = addProduct(7);
        given().get("/api/products/" + id).then().statusCode(200).body("version", equalTo(0));

        // aggregate version 5: an edit (details version 2) after stock movements
        broker.publish(Exchanges.PRODUCT_EVENTS, "ProductUpdated", productUpdated(id, 5, 2, "From replica B", 4));
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(read(id).getString("name")).isEqualTo("From replica B"));
        assertThat(read(id).getInt("version")).isEqualTo(2);
        assertThat(read(id).getInt("availableStock")).isEqualTo(4);

        // a late event: older than the cached entry
        broker.publish(Exchanges.PRODUCT_EVENTS, "ProductUpdated", productUpdated(id, 3, 1, "Stale", 1));
        // then the next change after version 5, which applies only if the entry is still at version 5; this queue is
        // consumed in order, so once it shows, the stale event has been handled
        broker.publish(Exchanges.PRODUCT_EVENTS, "ProductStockChanged", stockChanged(id, 6, 42));
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(
                        () -> assertThat(read(id).getInt("availableStock")).isEqualTo(42));
        var product = read(id);
        assertThat(product.getString("name")).isEqualTo("From replica B");
        assertThat(product.getInt("version"))
                .as("a stock change keeps the details version")
                .isEqualTo(2);
        given().get("/api/products/" + id).then().header("ETag", "\"2.6\"");
    }

    @Test
    void aStockChangeThatSkipsAVersionDropsTheEntrySoTheDatabaseIsReadAgain() throws Exception {
        var id = addProduct(7);
        given().get("/api/products/" + id).then().statusCode(200);
        broker.publish(Exchanges.PRODUCT_EVENTS, "ProductUpdated", productUpdated(id, 2, 1, "Cached", 1));
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(read(id).getString("name")).isEqualTo("Cached"));

        broker.publish(Exchanges.PRODUCT_EVENTS, "ProductStockChanged", stockChanged(id, 9, 0));

        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(read(id).getString("name"))
                        .as("read from the database again")
                        .isEqualTo("Mechanical keyboard"));
        assertThat(read(id).getInt("version")).isZero();
        assertThat(read(id).getInt("availableStock")).isEqualTo(7);
    }

    @Test
    void aNewProductAppearsOnACachedFirstPageAtOnce() {
        var category = "cache-" + UUID.randomUUID().toString().substring(0, 8);
        dev.oms.product.support.Catalog.addProduct("First", category, "1", 1);
        given().queryParam("category", category)
                .get("/api/products")
                .then()
                .body("items.name", equalTo(java.util.List.of("First")));

        dev.oms.product.support.Catalog.addProduct("Second", category, "1", 1);

        given().queryParam("category", category)
                .get("/api/products")
                .then()
                .body("items.name", equalTo(java.util.List.of("First", "Second")));
    }

    private static JsonPath read(String id) {
        return given().get("/api/products/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static String productUpdated(String id, long version, long detailsVersion, String name, int stock) {
        return envelope("ProductUpdated", id, version, """
                {"productId":"%s","sku":"CACHE-1","name":"%s","description":null,"category":"peripherals",
                 "price":12.5,"currency":"EUR","stock":%d,"detailsVersion":%d}""".formatted(id, name, stock, detailsVersion));
    }

    private static String stockChanged(String id, long version, int stock) {
        return envelope("ProductStockChanged", id, version, """
                {"productId":"%s","delta":1,"stock":%d,"reason":"test","orderId":null}""".formatted(id, stock));
    }

    private static String envelope(String type, String id, long version, String payload) {
        return """
                {"eventId":"%s","type":"%s","schemaVersion":1,"occurredAt":"%s","aggregateId":"%s",
                 "aggregateVersion":%d,"correlationId":"%s","payload":%s}
                """.formatted(UUID.randomUUID(), type, Instant.now(), id, version, id, payload);
    }
}
