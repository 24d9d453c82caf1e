package dev.oms.order.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrderApiTest {

    @Test
    void aPlacedOrderIsAcceptedPendingAndCanBeReadBack() {
        var productId = UUID.randomUUID();
        var response = given().contentType(ContentType.JSON)
                .body("""
                        {"customerId":"customer-1","lines":[{"productId":"%s","quantity":3}]}
                        """.formatted(productId))
                .when().post("/api/orders")
                .then().statusCode(202)
                .body("status", equalTo("PENDING"))
                .body("customerId", equalTo("customer-1"))
                .extract();
        var id = response.<String>path("id");
        assertThat(response.header("Location")).endsWith("/api/orders/" + id);

        given().when().get("/api/orders/" + id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("status", equalTo("PENDING"))
                .body("lines[0].productId", equalTo(productId.toString()))
                .body("lines[0].quantity", equalTo(3))
                .body("lines[0].unitPrice", nullValue())
                .body("total", nullValue());
    }

    @Test
    void anOrderWithoutLinesOrWithABadQuantityIsABadRequest() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"customerId":"","lines":[{"productId":"%s","quantity":0}]}
                        """.formatted(UUID.randomUUID()))
                .when().post("/api/orders")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("customerId"))
                .body("errors.field", hasItem("lines[0].quantity"));
    }

    @Test
    void anUnknownOrderIsNotFound() {
        given().when().get("/api/orders/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("No order"));
    }
}
