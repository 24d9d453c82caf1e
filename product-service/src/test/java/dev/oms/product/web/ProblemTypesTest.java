package dev.oms.product.web;

import static dev.oms.product.support.Catalog.addProduct;
import static dev.oms.product.support.Catalog.productJson;
import static dev.oms.product.support.Catalog.uniqueSku;
import static dev.oms.product.support.CatalogTokens.DEV;
import static dev.oms.product.support.CatalogTokens.asCatalogAdmin;
import static io.restassured.RestAssured.given;
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
 * Each refusal of the catalogue API names its problem by a stable type a client can compare, the types are those
 * docs/api/problems.md and the OpenAPI document list, and no body names a Java class.
 */
@QuarkusTest
class ProblemTypesTest {

    @Inject
    ProblemCatalog catalog;

    @Test
    void eachRefusalNamesItsProblemType() {
        var sku = uniqueSku("TYPE");
        add(sku).then().statusCode(201);
        var id = addProduct(5);

        assertType(add(sku), 409, "duplicate-sku");
        assertType(given().get("/api/products/" + UUID.randomUUID()), 404, "product-not-found");
        assertType(
                asCatalogAdmin().contentType(ContentType.JSON).body(details()).put("/api/products/" + id),
                428,
                "if-match-required");
        assertType(
                asCatalogAdmin()
                        .contentType(ContentType.JSON)
                        .header("If-Match", "\"41\"")
                        .body(details())
                        .put("/api/products/" + id),
                412,
                "if-match-failed");
        assertType(adjust(id, "{\"delta\":-6,\"reason\":\"count\"}"), 409, "insufficient-stock");
        assertType(adjust(id, "{\"delta\":0,\"reason\":\"count\"}"), 400, "invalid-request");
        assertType(
                given().contentType(ContentType.JSON)
                        .body(productJson(uniqueSku("T"), 1))
                        .post("/api/products"),
                401,
                "unauthenticated");
        assertType(
                given().auth()
                        .oauth2(DEV.token("alice", "customer"))
                        .contentType(ContentType.JSON)
                        .body(productJson(uniqueSku("T"), 1))
                        .post("/api/products"),
                403,
                "forbidden");
    }

    @Test
    void anUnreadableValueIsNamedByItsFieldWithoutJavaTypes() {
        var body = asCatalogAdmin()
                .contentType(ContentType.JSON)
                .body("{\"sku\":\"X-1\",\"name\":\"n\",\"category\":\"c\",\"price\":\"ten\",\"stock\":[1]}")
                .post("/api/products");

        assertType(body, 400, "malformed-body");
        assertThat(body.asString()).doesNotContain("java.", "dev.oms", "BigDecimal", "Source:");
        assertThat(body.jsonPath().getString("errors[0].field")).isIn("price", "stock");
        assertThat(body.jsonPath().getString("errors[0].message")).startsWith("must be");
    }

    @Test
    void everyTypeAnsweredIsDocumentedAndInTheOpenApiDocument() {
        assertThat(ProblemTypesDoc.disagreements(catalog)).isEmpty();
    }

    private static void assertType(Response response, int status, String slug) {
        response.then().statusCode(status).contentType("application/problem+json");
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:oms:problem:" + slug);
    }

    private static Response add(String sku) {
        return asCatalogAdmin()
                .contentType(ContentType.JSON)
                .body(productJson(sku, 1))
                .post("/api/products");
    }

    private static Response adjust(String id, String body) {
        return asCatalogAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/products/" + id + "/stock-adjustments");
    }

    private static String details() {
        return """
                {"sku":"%s","name":"Renamed","category":"peripherals","price":10.00}
                """.formatted(uniqueSku("R"));
    }
}
