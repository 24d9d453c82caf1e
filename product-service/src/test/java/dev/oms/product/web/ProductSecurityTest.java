package dev.oms.product.web;

import static dev.oms.product.support.Catalog.addProduct;
import static dev.oms.product.support.Catalog.productJson;
import static dev.oms.product.support.Catalog.uniqueCategory;
import static dev.oms.product.support.Catalog.uniqueSku;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import dev.oms.platform.testing.DevTokens;
import dev.oms.platform.web.ProblemDetail;
import dev.oms.product.support.CatalogTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Who may do what with the catalogue: reads are public, every write needs catalog-admin. */
@QuarkusTest
class ProductSecurityTest {

    static Stream<Arguments> invalidTokens() {
        return Stream.of(
                Arguments.of("expired", CatalogTokens.DEV.expired("admin", CatalogTokens.CATALOG_ADMIN)),
                Arguments.of(
                        "signed with another key",
                        DevTokens.withAnUntrustedKey().token("admin", CatalogTokens.CATALOG_ADMIN)),
                Arguments.of(
                        "from another issuer",
                        CatalogTokens.DEV
                                .issuedBy("https://elsewhere.example")
                                .token("admin", CatalogTokens.CATALOG_ADMIN)),
                Arguments.of(
                        "meant for another application (same issuer and key)",
                        CatalogTokens.DEV.forAudience("billing").token("admin", CatalogTokens.CATALOG_ADMIN)),
                Arguments.of("not a JWT", "not-a-token"));
    }

    static Stream<Arguments> otherRoles() {
        return Stream.of(Arguments.of("customer"), Arguments.of("fulfilment"), Arguments.of("no role at all"));
    }

    @Test
    void readsArePublic() {
        var category = uniqueCategory("public");
        var id = addProduct("Pen", category, "2.50", 4);

        given().get("/api/products/" + id).then().statusCode(200).body("name", equalTo("Pen"));
        given().queryParam("category", category)
                .get("/api/products")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(java.util.List.of(id)));
    }

    @Test
    void aPublicReadIgnoresAStaleToken() {
        var id = addProduct(1);
        given().auth()
                .oauth2(CatalogTokens.DEV.expired("someone"))
                .get("/api/products/" + id)
                .then()
                .statusCode(200)
                .body("id", equalTo(id));
    }

    @Test
    void addingWithoutATokenIsUnauthorizedWithABearerChallengeAndAddsNothing() {
        var category = uniqueCategory("anon");
        add(given(), category)
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType(ProblemDetail.MEDIA_TYPE)
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"));

        assertNoProductIn(category);
    }

    @ParameterizedTest(name = "a token {0}")
    @MethodSource("invalidTokens")
    void anInvalidTokenIsUnauthorizedAndAddsNothing(String why, String token) {
        var category = uniqueCategory("invalid");
        add(given().auth().oauth2(token), category)
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                .contentType(ProblemDetail.MEDIA_TYPE)
                .body("status", equalTo(401))
                .body("detail", equalTo("The bearer token is invalid or expired"));

        assertNoProductIn(category);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherRoles")
    void withoutCatalogAdminNoWriteIsAllowedAndNothingChanges(String role) {
        var token =
                role.startsWith("no ") ? CatalogTokens.DEV.token("someone") : CatalogTokens.DEV.token("someone", role);
        var category = uniqueCategory("forbidden");
        add(given().auth().oauth2(token), category)
                .then()
                .statusCode(403)
                .contentType(ProblemDetail.MEDIA_TYPE)
                .body("status", equalTo(403))
                .body("title", equalTo("Forbidden"));
        assertNoProductIn(category);

        var id = addProduct(5);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body("""
                        {"sku":"%s","name":"Hijacked","category":"c","price":0.01}
                        """.formatted(uniqueSku("H")))
                .put("/api/products/" + id)
                .then()
                .statusCode(403)
                .contentType(ProblemDetail.MEDIA_TYPE);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"delta\": -5, \"reason\": \"theft\"}")
                .post("/api/products/" + id + "/stock-adjustments")
                .then()
                .statusCode(403)
                .contentType(ProblemDetail.MEDIA_TYPE);

        given().get("/api/products/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("Mechanical keyboard"))
                .body("availableStock", equalTo(5))
                .body("version", equalTo(0));
    }

    @Test
    void aCatalogAdminMayAddUpdateAndAdjust() {
        var category = uniqueCategory("admin");
        var id = add(CatalogTokens.asCatalogAdmin(), category)
                .then()
                .statusCode(201)
                .extract()
                .<String>path("id");
        CatalogTokens.asCatalogAdmin()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body("""
                        {"sku":"%s","name":"Renamed","category":"%s","price":3}
                        """.formatted(uniqueSku("A"), category))
                .put("/api/products/" + id)
                .then()
                .statusCode(200);
        CatalogTokens.asCatalogAdmin()
                .contentType(ContentType.JSON)
                .body("{\"delta\": 2, \"reason\": \"delivery\"}")
                .post("/api/products/" + id + "/stock-adjustments")
                .then()
                .statusCode(200);

        given().get("/api/products/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("Renamed"))
                .body("availableStock", equalTo(9))
                .body("version", equalTo(1));
    }

    @Test
    void healthAndTheApiDocumentationNeedNoToken() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("info.title", equalTo("OMS product service"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    private static io.restassured.response.Response add(RequestSpecification request, String category) {
        return request.contentType(ContentType.JSON)
                .body(productJson(uniqueSku("S"), "Stapler", category, "7", 7))
                .post("/api/products");
    }

    private static void assertNoProductIn(String category) {
        given().queryParam("category", category)
                .get("/api/products")
                .then()
                .statusCode(200)
                .body("items", empty());
    }
}
