package dev.oms.order.web;

import static dev.oms.order.support.OrderApi.changeStatus;
import static dev.oms.order.support.OrderApi.place;
import static dev.oms.order.support.OrderTokens.asCustomer;
import static dev.oms.order.support.OrderTokens.asFulfilment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.platform.testing.ProblemTypesDoc;
import dev.oms.platform.web.ProblemCatalog;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Each refusal of the order API names its problem by a stable type a client can compare, the types are those
 * docs/api/problems.md and the OpenAPI document list, and no body names a Java class.
 */
@QuarkusTest
class ProblemTypesTest {

    @Inject
    ProblemCatalog catalog;

    @Test
    void eachRefusalNamesItsProblemType() {
        var order = place("carol", UUID.randomUUID(), 1);

        assertType(asFulfilment().get("/api/orders/" + UUID.randomUUID()), 404, "order-not-found");
        assertType(changeStatus(order, "SHIPPED", "too early"), 409, "invalid-transition");
        assertType(changeStatus(order, "CONFIRMED", "by hand"), 400, "status-not-requestable");
        assertType(
                asCustomer("carol")
                        .contentType(ContentType.JSON)
                        .body("{\"status\":\"SHIPPED\"}")
                        .patch("/api/orders/" + order + "/status"),
                403,
                "not-allowed-for-customer");
        assertType(
                asCustomer("carol").queryParam("customerId", "dave").get("/api/orders"), 403, "forbidden-for-caller");
    }

    @Test
    void anUnknownStatusIsRefusedInTheApisWordsNotJavas() {
        var order = place("erin", UUID.randomUUID(), 1);

        var refused = asFulfilment()
                .contentType(ContentType.JSON)
                .body("{\"status\":\"X\"}")
                .patch("/api/orders/" + order + "/status");

        assertType(refused, 400, "malformed-body");
        assertThat(refused.asString()).doesNotContain("dev.oms", "java.", "OrderStatus", "Enum class");
        assertThat(refused.jsonPath().getString("errors[0].field")).isEqualTo("status");
        assertThat(refused.jsonPath().getString("errors[0].message"))
                .startsWith("must be one of ")
                .contains("SHIPPED", "CANCELLED");
    }

    @Test
    void everyTypeAnsweredIsDocumentedAndInTheOpenApiDocument() {
        assertThat(ProblemTypesDoc.disagreements(catalog)).isEmpty();
    }

    private static void assertType(Response response, int status, String slug) {
        response.then().statusCode(status).contentType("application/problem+json");
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:oms:problem:" + slug);
    }
}
