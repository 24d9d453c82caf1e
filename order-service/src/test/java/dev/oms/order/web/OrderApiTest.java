package dev.oms.order.web;

import static dev.oms.order.support.OrderTokens.asCustomer;
import static dev.oms.order.support.OrderTokens.asFulfilment;
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
        var response = asCustomer("customer-1")
                .contentType(ContentType.JSON)
                .body("""
                        {"customerId":"customer-1","lines":[{"productId":"%s","quantity":3}]}
                        """.formatted(productId))
                .when()
                .post("/api/orders")
                .then()
                .statusCode(202)
                .body("status", equalTo("PENDING"))
                .body("customerId", equalTo("customer-1"))
                .extract();
        var id = response.<String>path("id");
        assertThat(response.header("Location")).endsWith("/api/orders/" + id);

        asFulfilment()
                .when()
                .get("/api/orders/" + id)
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("status", equalTo("PENDING"))
                .body("lines[0].productId", equalTo(productId.toString()))
                .body("lines[0].quantity", equalTo(3))
                .body("lines[0].unitPrice", nullValue())
                .body("total", nullValue());
    }

    @Test
    void anOrderWithoutLinesOrWithABadQuantityIsABadRequest() {
        asCustomer("c-1")
                .contentType(ContentType.JSON)
                .body("""
                        {"customerId":"","lines":[{"productId":"%s","quantity":0}]}
                        """.formatted(UUID.randomUUID()))
                .when()
                .post("/api/orders")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("customerId"))
                .body("errors.field", hasItem("lines[0].quantity"));
    }

    @Test
    void anUnknownOrderIsNotFound() {
        asFulfilment()
                .when()
                .get("/api/orders/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("No order"));
    }

    @Test
    void aDuplicateProductTooManyLinesAndATooLongCustomerIdAreNamed() {
        var product = UUID.randomUUID();
        problem("""
                {"customerId":"%s","lines":[{"productId":"%s","quantity":1},{"productId":"%s","quantity":2}]}
                """.formatted("c".repeat(65), product, product)).body("errors.field", contains("customerId", "lines"));

        var fiftyOne = IntStream.range(0, 51)
                .mapToObj(i -> "{\"productId\":\"%s\",\"quantity\":1}".formatted(UUID.randomUUID()))
                .collect(Collectors.joining(","));
        problem("""
                {"customerId":"c-1","lines":[%s]}
                """.formatted(fiftyOne)).body("errors.field", contains("lines"));

        problem("""
                {"customerId":"c-1","lines":[]}
                """).body("errors.field", contains("lines"));
    }

    @Test
    void anUnknownFieldAWrongTypeAndMalformedJsonAreBadRequestsNotServerErrors() {
        problem("""
                {"customerId":"c-1","unitPrice":1,"lines":[{"productId":"%s","quantity":1}]}
                """.formatted(UUID.randomUUID())).body("errors.field", contains("unitPrice"));
        problem("""
                {"customerId":"c-1","lines":[{"productId":"%s","quantity":"many"}]}
                """.formatted(UUID.randomUUID())).body("errors.field", contains("lines[0].quantity"));
        problem("""
                {"customerId":"c-1","lines":[{"productId":"not-a-uuid","quantity":1}]}
                """).body("errors.field", contains("lines[0].productId"));
        problem("{\"customerId\":").body("title", equalTo("Malformed request body"));
    }

    @Test
    void aBadIdempotencyKeyIsNamed() {
        asCustomer("c-1")
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", "x".repeat(256))
                .body("""
                        {"customerId":"c-1","lines":[{"productId":"%s","quantity":1}]}
                        """.formatted(UUID.randomUUID()))
                .when()
                .post("/api/orders")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("Idempotency-Key"));
    }

    @Test
    void aMalformedOrderIdIsABadRequestNamingIt() {
        asFulfilment()
                .when()
                .get("/api/orders/not-a-uuid")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("id"));
    }

    @Test
    void theOpenApiDocumentDescribesEveryEndpoint() {
        given().accept("application/json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths.'/api/orders'.post.responses.'202'.description", containsString("Accepted"))
                .body(
                        "paths.'/api/orders'.get.responses.'400'.content.'application/problem+json'",
                        org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/orders/{id}'.get.responses.'404'.description", containsString("No such order"))
                .body(
                        "paths.'/api/orders/{id}/status'.patch.responses.'409'.description",
                        containsString("currentStatus"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOpenApiDocumentDescribesTheBearerSchemeAndEachEndpointsRoles() {
        var document = given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        java.util.Map<String, Object> bearer = document.getMap("components.securitySchemes.bearer");
        assertThat(bearer)
                .containsEntry("type", "http")
                .containsEntry("scheme", "bearer")
                .containsEntry("bearerFormat", "JWT");
        var roles = java.util.Map.of(
                "paths.'/api/orders'.post", java.util.List.of("customer"),
                "paths.'/api/orders'.get", java.util.List.of("fulfilment", "customer"),
                "paths.'/api/orders/{id}'.get", java.util.List.of("fulfilment", "customer"),
                "paths.'/api/orders/{id}/status'.patch", java.util.List.of("fulfilment", "customer"));
        roles.forEach((operation, expected) -> {
            assertThat(document.getList(operation + ".security"))
                    .as(operation)
                    .containsExactly(java.util.Map.of("bearer", java.util.List.of()));
            assertThat(document.getMap(operation + ".responses")).as(operation).containsKeys("401", "403");
            assertThat(document.getString(operation + ".description"))
                    .as(operation)
                    .contains(expected);
        });
    }

    private static io.restassured.response.ValidatableResponse problem(String body) {
        return asCustomer("c-1")
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/orders")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }
}
