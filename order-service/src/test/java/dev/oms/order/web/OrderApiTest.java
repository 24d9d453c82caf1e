package dev.oms.order.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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

    @Test
    void aDuplicateProductTooManyLinesAndATooLongCustomerIdAreNamed() {
        var product = UUID.randomUUID();
        problem("""
                {"customerId":"%s","lines":[{"productId":"%s","quantity":1},{"productId":"%s","quantity":2}]}
                """.formatted("c".repeat(65), product, product))
                .body("errors.field", contains("customerId", "lines"));

        var fiftyOne = IntStream.range(0, 51)
                .mapToObj(i -> "{\"productId\":\"%s\",\"quantity\":1}".formatted(UUID.randomUUID()))
                .collect(Collectors.joining(","));
        problem("""
                {"customerId":"c-1","lines":[%s]}
                """.formatted(fiftyOne))
                .body("errors.field", contains("lines"));

        problem("""
                {"customerId":"c-1","lines":[]}
                """).body("errors.field", contains("lines"));
    }

    @Test
    void anUnknownFieldAWrongTypeAndMalformedJsonAreBadRequestsNotServerErrors() {
        problem("""
                {"customerId":"c-1","unitPrice":1,"lines":[{"productId":"%s","quantity":1}]}
                """.formatted(UUID.randomUUID()))
                .body("errors.field", contains("unitPrice"));
        problem("""
                {"customerId":"c-1","lines":[{"productId":"%s","quantity":"many"}]}
                """.formatted(UUID.randomUUID()))
                .body("errors.field", contains("lines[0].quantity"));
        problem("""
                {"customerId":"c-1","lines":[{"productId":"not-a-uuid","quantity":1}]}
                """)
                .body("errors.field", contains("lines[0].productId"));
        problem("{\"customerId\":").body("title", equalTo("Malformed request body"));
    }

    @Test
    void aBadIdempotencyKeyIsNamed() {
        given().contentType(ContentType.JSON).header("Idempotency-Key", "x".repeat(256))
                .body("""
                        {"customerId":"c-1","lines":[{"productId":"%s","quantity":1}]}
                        """.formatted(UUID.randomUUID()))
                .when().post("/api/orders")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("Idempotency-Key"));
    }

    @Test
    void aMalformedOrderIdIsABadRequestNamingIt() {
        given().when().get("/api/orders/not-a-uuid")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("id"));
    }

    @Test
    void theOpenApiDocumentDescribesEveryEndpoint() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/orders'.post.responses.'202'.description", containsString("Accepted"))
                .body("paths.'/api/orders'.get.responses.'400'.content.'application/problem+json'", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/orders/{id}'.get.responses.'404'.description", equalTo("No such order"))
                .body("paths.'/api/orders/{id}/status'.patch.responses.'409'.description", containsString("currentStatus"));
    }

    private static io.restassured.response.ValidatableResponse problem(String body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/orders")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }
}
