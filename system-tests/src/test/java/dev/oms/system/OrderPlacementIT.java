package dev.oms.system;

import static dev.oms.system.Api.orders;
import static dev.oms.system.Api.products;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The walking skeleton's promise: an order placed in order-service takes stock in product-service. */
@ExtendWith(SystemUnderTest.class)
class OrderPlacementIT {

    @Test
    void placingAnOrderTakesTheStockAndConfirmsTheOrderAtCataloguePrices() {
        var productId = products(Tokens.catalogAdmin())
                .contentType(ContentType.JSON)
                .body("""
                        {"sku":"SYS-%s","name":"Espresso cup","category":"kitchen","price":7.25,"stock":10}
                        """.formatted(UUID.randomUUID().toString().substring(0, 8)))
                .post("/api/products")
                .then()
                .statusCode(201)
                .extract()
                .<String>path("id");

        var orderId = orders(Tokens.customer("customer-42"))
                .contentType(ContentType.JSON)
                .body("""
                        {"customerId":"customer-42","lines":[{"productId":"%s","quantity":3}]}
                        """.formatted(productId))
                .post("/api/orders")
                .then()
                .statusCode(202)
                .extract()
                .<String>path("id");

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(products()
                                .get("/api/products/" + productId)
                                .then()
                                .statusCode(200)
                                .extract()
                                .<Integer>path("availableStock"))
                        .isEqualTo(7));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(orders(Tokens.fulfilment())
                                .get("/api/orders/" + orderId)
                                .then()
                                .statusCode(200)
                                .extract()
                                .<String>path("status"))
                        .isEqualTo("CONFIRMED"));
        var order = orders(Tokens.fulfilment())
                .get("/api/orders/" + orderId)
                .then()
                .extract()
                .jsonPath();
        assertThat(order.getString("lines[0].name")).isEqualTo("Espresso cup");
        assertThat(order.getDouble("lines[0].unitPrice")).isEqualTo(7.25);
        assertThat(order.getDouble("total")).isEqualTo(21.75);
    }

    @Test
    void anOrderBeyondTheStockIsRejectedAndTakesNothing() {
        var productId = products(Tokens.catalogAdmin())
                .contentType(ContentType.JSON)
                .body("""
                        {"sku":"SYS-%s","name":"Teapot","category":"kitchen","price":30,"stock":2}
                        """.formatted(UUID.randomUUID().toString().substring(0, 8)))
                .post("/api/products")
                .then()
                .statusCode(201)
                .extract()
                .<String>path("id");

        var orderId = orders(Tokens.customer("customer-43"))
                .contentType(ContentType.JSON)
                .body("""
                        {"customerId":"customer-43","lines":[{"productId":"%s","quantity":5}]}
                        """.formatted(productId))
                .post("/api/orders")
                .then()
                .statusCode(202)
                .extract()
                .<String>path("id");

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(orders(Tokens.fulfilment())
                                .get("/api/orders/" + orderId)
                                .then()
                                .statusCode(200)
                                .extract()
                                .<String>path("status"))
                        .isEqualTo("REJECTED"));
        assertThat(products().get("/api/products/" + productId).then().extract().<Integer>path("availableStock"))
                .isEqualTo(2);
    }
}
