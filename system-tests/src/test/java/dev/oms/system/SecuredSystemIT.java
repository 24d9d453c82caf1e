package dev.oms.system;

import static dev.oms.system.Api.orders;
import static dev.oms.system.Api.products;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The packaged jars, configured as an operator would (a verification key and issuer, prod profile), enforce who may
 * do what across one order's life: the catalogue admin stocks, the customer orders, fulfilment ships.
 */
@ExtendWith(SystemUnderTest.class)
class SecuredSystemIT {

    @Test
    void onlyTheCatalogueAdminStocksOnlyTheOwnerSeesAndCancelsOnlyFulfilmentShips() {
        var product = """
                {"sku":"SEC-%s","name":"Milk jug","category":"kitchen","price":12,"stock":5}
                """.formatted(UUID.randomUUID().toString().substring(0, 8));
        products()
                .contentType(ContentType.JSON)
                .body(product)
                .post("/api/products")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer");
        products(Tokens.customer("carol"))
                .contentType(ContentType.JSON)
                .body(product)
                .post("/api/products")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        var productId = products(Tokens.catalogAdmin())
                .contentType(ContentType.JSON)
                .body(product)
                .post("/api/products")
                .then()
                .statusCode(201)
                .extract()
                .<String>path("id");

        var customer = "carol-" + UUID.randomUUID().toString().substring(0, 8);
        orders().contentType(ContentType.JSON)
                .body(orderFor(productId))
                .post("/api/orders")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer");
        var orderId = orders(Tokens.customer(customer))
                .contentType(ContentType.JSON)
                .body(orderFor(productId))
                .post("/api/orders")
                .then()
                .statusCode(202)
                .body("customerId", equalTo(customer))
                .extract()
                .<String>path("id");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(orders(Tokens.customer(customer))
                                .get("/api/orders/" + orderId)
                                .then()
                                .statusCode(200)
                                .extract()
                                .<String>path("status"))
                        .isEqualTo("CONFIRMED"));

        orders(Tokens.customer("someone-else"))
                .get("/api/orders/" + orderId)
                .then()
                .statusCode(404);
        changeStatus(Tokens.customer(customer), orderId, "SHIPPED").then().statusCode(403);
        changeStatus(Tokens.fulfilment(), orderId, "SHIPPED")
                .then()
                .statusCode(200)
                .body("to", equalTo("SHIPPED"));
        changeStatus(Tokens.customer(customer), orderId, "CANCELLED").then().statusCode(403);

        orders(Tokens.customer(customer))
                .get("/api/orders/" + orderId)
                .then()
                .statusCode(200)
                .body("status", equalTo("SHIPPED"));
        assertThat(products().get("/api/products/" + productId).then().extract().<Integer>path("availableStock"))
                .isEqualTo(3);
    }

    private static String orderFor(String productId) {
        return """
                {"lines":[{"productId":"%s","quantity":2}]}
                """.formatted(productId);
    }

    private static io.restassured.response.Response changeStatus(String token, String orderId, String status) {
        return orders(token)
                .contentType(ContentType.JSON)
                .body("{\"status\":\"" + status + "\"}")
                .patch("/api/orders/" + orderId + "/status");
    }
}
