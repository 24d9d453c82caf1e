package dev.oms.product.messaging;

import static dev.oms.product.support.Catalog.addProduct;
import static dev.oms.product.support.Catalog.stockOf;
import static dev.oms.product.support.Catalog.uniqueSku;
import static dev.oms.product.support.CatalogTokens.asCatalogAdmin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.oms.events.Exchanges;
import dev.oms.platform.testing.Broker;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sales (reservations for orders, over the broker) between an admin's read and edit do not make the edit stale. */
@QuarkusTest
class ReservationsKeepEditsValidTest {

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
    void anEditWithTheETagReadBeforeThreeSalesIsApplied() throws Exception {
        var id = addProduct(10);
        var etag = given().get("/api/products/" + id).then().extract().header("ETag");

        for (int sale = 1; sale <= 3; sale++) {
            broker.publish(
                    Exchanges.ORDER_EVENTS, "OrderPlaced", StockReservationTest.orderPlaced(UUID.randomUUID(), id, 2));
        }
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(stockOf(id)).isEqualTo(4));

        var sku = uniqueSku("SOLD");
        asCatalogAdmin()
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("""
                        {"sku":"%s","name":"Best seller","category":"peripherals","price":95}
                        """.formatted(sku))
                .when()
                .put("/api/products/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"");

        given().get("/api/products/" + id)
                .then()
                .header("ETag", "\"1.4\"")
                .body("name", equalTo("Best seller"))
                .body("sku", equalTo(sku))
                .body("availableStock", equalTo(4));
    }
}
