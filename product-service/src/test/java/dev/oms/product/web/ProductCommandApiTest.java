package dev.oms.product.web;

import static dev.oms.product.support.Catalog.addProduct;
import static dev.oms.product.support.Catalog.productJson;
import static dev.oms.product.support.Catalog.uniqueSku;
import static dev.oms.product.support.CatalogTokens.asCatalogAdmin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.oms.events.Exchanges;
import dev.oms.platform.testing.Broker;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PUT /api/products/{id} and POST /api/products/{id}/stock-adjustments, on the real database and broker. */
@QuarkusTest
class ProductCommandApiTest {

    private Broker broker;
    private List<String> published;

    @BeforeEach
    void connect() throws Exception {
        broker = new Broker();
        published = broker.listen(Exchanges.PRODUCT_EVENTS, "#");
    }

    @AfterEach
    void disconnect() throws Exception {
        broker.close();
    }

    static String details(String sku, String name, String price, Long version) {
        return """
                {"sku":"%s","name":"%s","description":"Silent","category":"keyboards","price":%s%s}
                """.formatted(sku, name, price, version == null ? "" : ",\"version\":" + version);
    }

    @Test
    void anUpdateAtTheCurrentVersionIsReadBackAtOnceWithTheNextVersionAndPublished() {
        var id = addProduct(3);
        given().get("/api/products/" + id).then().statusCode(200).header("ETag", "\"0.0\"");

        var sku = uniqueSku("NEW");
        asCatalogAdmin()
                .contentType(ContentType.JSON)
                .body(details(sku, "Quiet keyboard", "99.5", 0L))
                .when()
                .put("/api/products/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1));

        // no waiting: this instance dropped its cached copy right after the commit
        given().get("/api/products/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1.1\"")
                .body("sku", equalTo(sku))
                .body("name", equalTo("Quiet keyboard"))
                .body("category", equalTo("keyboards"))
                .body("price", equalTo(99.5f))
                .body("currency", equalTo("EUR"))
                .body("availableStock", equalTo(3))
                .body("version", equalTo(1));
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(published)
                        .anySatisfy(body -> assertThat(body)
                                .contains("\"type\":\"ProductUpdated\"")
                                .contains("\"aggregateId\":\"" + id + "\"")
                                .contains("\"aggregateVersion\":1")
                                .contains("\"detailsVersion\":1")
                                .contains("\"name\":\"Quiet keyboard\"")
                                .contains("\"stock\":3")));
    }

    @Test
    void anUpdateWithIfMatchAtTheCurrentVersionSucceeds() {
        var id = addProduct(3);

        asCatalogAdmin()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(details(uniqueSku("IM"), "Renamed", "10", null))
                .when()
                .put("/api/products/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"");

        given().get("/api/products/" + id).then().body("name", equalTo("Renamed"));
    }

    @Test
    void aStaleVersionInTheBodyIsAConflictAndLosesNothing() {
        var id = addProduct(3);
        var sku = uniqueSku("S");
        asCatalogAdmin()
                .contentType(ContentType.JSON)
                .body(details(sku, "First edit", "10", 0L))
                .put("/api/products/" + id)
                .then()
                .statusCode(200);

        asCatalogAdmin()
                .contentType(ContentType.JSON)
                .body(details(sku, "Second edit, from a stale copy", "12", 0L))
                .when()
                .put("/api/products/" + id)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("title", equalTo("Stale version"))
                .body("detail", containsString("version 1"))
                .body("currentVersion", equalTo(1));

        given().get("/api/products/" + id)
                .then()
                .body("name", equalTo("First edit"))
                .body("version", equalTo(1));
    }

    @Test
    void aStaleIfMatchIsAFailedPrecondition() {
        var id = addProduct(3);
        var sku = uniqueSku("S");
        asCatalogAdmin()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(details(sku, "First", "10", null))
                .put("/api/products/" + id)
                .then()
                .statusCode(200);

        asCatalogAdmin()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(details(sku, "Stale", "10", null))
                .when()
                .put("/api/products/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("status", equalTo(412))
                .body("currentVersion", equalTo(1));

        given().get("/api/products/" + id).then().body("name", equalTo("First"));
    }

    @Test
    void anUpdateThatSaysNoVersionIsRefused() {
        var id = addProduct(3);

        asCatalogAdmin()
                .contentType(ContentType.JSON)
                .body(details(uniqueSku("N"), "Blind", "10", null))
                .when()
                .put("/api/products/" + id)
                .then()
                .statusCode(428)
                .contentType("application/problem+json")
                .body("detail", containsString("If-Match"));

        given().get("/api/products/" + id).then().body("name", equalTo("Mechanical keyboard"));
    }

    @Test
    void aMalformedIfMatchOrOneThatDisagreesWithTheBodyIsABadRequest() {
        var id = addProduct(3);

        asCatalogAdmin()
                .contentType(ContentType.JSON)
                .header("If-Match", "*")
                .body(details(uniqueSku("M"), "X", "1", null))
                .when()
                .put("/api/products/" + id)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("If-Match"));
        asCatalogAdmin()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(details(uniqueSku("M"), "X", "1", 1L))
                .when()
                .put("/api/products/" + id)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("version"));
    }

    @Test
    void renamingToAnotherProductsSkuIsAConflict() {
        var taken = uniqueSku("TAKEN");
        asCatalogAdmin()
                .contentType(ContentType.JSON)
                .body(productJson(taken, 1))
                .post("/api/products")
                .then()
                .statusCode(201);
        var id = addProduct(1);

        asCatalogAdmin()
                .contentType(ContentType.JSON)
                .body(details(taken, "Copycat", "1", 0L))
                .when()
                .put("/api/products/" + id)
                .then()
                .statusCode(409)
                .body("title", equalTo("Duplicate SKU"));
    }

    @Test
    void updatingAnUnknownProductIsNotFound() {
        asCatalogAdmin()
                .contentType(ContentType.JSON)
                .body(details(uniqueSku("U"), "Ghost", "1", 0L))
                .when()
                .put("/api/products/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anInvalidUpdateNamesTheFields() {
        var id = addProduct(1);

        asCatalogAdmin()
                .contentType(ContentType.JSON)
                .body("""
                        {"sku":"bad sku!","name":"","category":"c","price":-0.01,"version":-1}
                        """)
                .when()
                .put("/api/products/" + id)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("sku"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("price"))
                .body("errors.field", hasItem("version"));
    }

    @Test
    void unknownFieldsAndWrongTypesAreBadRequestsNamingTheField() {
        var id = addProduct(1);

        asCatalogAdmin()
                .contentType(ContentType.JSON)
                .body("""
                        {"sku":"A-1","name":"n","category":"c","price":1,"version":0,"colour":"red"}
                        """)
                .when()
                .put("/api/products/" + id)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("colour"))
                .body("errors.field", hasItem("colour"));
        asCatalogAdmin()
                .contentType(ContentType.JSON)
                .body("""
                        {"sku":"A-1","name":"n","category":"c","price":"cheap","version":0}
                        """)
                .when()
                .put("/api/products/" + id)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("price"));
        asCatalogAdmin()
                .contentType(ContentType.JSON)
                .body("""
                        {"sku":"%s","name":"n","category":"c","price":1,"stock":5}
                        """.formatted(uniqueSku("X")))
                .when()
                .post("/api/products")
                .then()
                .statusCode(201);
        asCatalogAdmin()
                .contentType(ContentType.JSON)
                .body("""
                        {"sku":"%s","name":"n","category":"c","price":1,"stock":"many"}
                        """.formatted(uniqueSku("X")))
                .when()
                .post("/api/products")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("stock"));
        asCatalogAdmin()
                .contentType(ContentType.JSON)
                .body("{\"delta\": 1, \"reason\": \"x\", \"why\": 1}")
                .when()
                .post("/api/products/" + id + "/stock-adjustments")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("why"));
    }

    @Test
    void aRestockAndAWriteOffChangeTheStockAndArePublished() {
        var id = addProduct(5);

        asCatalogAdmin()
                .contentType(ContentType.JSON)
                .body("{\"delta\": 10, \"reason\": \"delivery\"}")
                .when()
                .post("/api/products/" + id + "/stock-adjustments")
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("availableStock", equalTo(15))
                .body("version", equalTo(0));
        asCatalogAdmin()
                .contentType(ContentType.JSON)
                .body("{\"delta\": -15, \"reason\": \"flood\"}")
                .when()
                .post("/api/products/" + id + "/stock-adjustments")
                .then()
                .statusCode(200)
                .body("availableStock", equalTo(0))
                .body("version", equalTo(0));

        // stock is not a detail: the version (the ETag an edit names) is where the last edit left it
        given().get("/api/products/" + id)
                .then()
                .body("availableStock", equalTo(0))
                .body("version", equalTo(0));
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(published)
                        .anySatisfy(body -> assertThat(body)
                                .contains("\"type\":\"ProductStockChanged\"")
                                .contains("\"aggregateVersion\":2")
                                .contains("\"delta\":-15")
                                .contains("\"stock\":0")
                                .contains("\"reason\":\"flood\"")
                                .contains("\"orderId\":null")));
    }

    @Test
    void aWriteOffBeyondTheStockIsAConflictAndTakesNothing() {
        var id = addProduct(2);

        asCatalogAdmin()
                .contentType(ContentType.JSON)
                .body("{\"delta\": -3, \"reason\": \"theft\"}")
                .when()
                .post("/api/products/" + id + "/stock-adjustments")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("title", equalTo("Insufficient stock"))
                .body("detail", containsString("2 in stock"));

        given().get("/api/products/" + id)
                .then()
                .body("availableStock", equalTo(2))
                .body("version", equalTo(0));
    }

    @Test
    void anInvalidAdjustmentNamesTheFields() {
        var id = addProduct(2);

        asCatalogAdmin()
                .contentType(ContentType.JSON)
                .body("{\"delta\": 0, \"reason\": \" \"}")
                .when()
                .post("/api/products/" + id + "/stock-adjustments")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("delta"))
                .body("errors.field", hasItem("reason"));
        asCatalogAdmin()
                .contentType(ContentType.JSON)
                .body("{\"reason\": \"x\"}")
                .when()
                .post("/api/products/" + id + "/stock-adjustments")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("delta"));
    }

    @Test
    void adjustingAnUnknownProductIsNotFound() {
        asCatalogAdmin()
                .contentType(ContentType.JSON)
                .body("{\"delta\": 1, \"reason\": \"x\"}")
                .when()
                .post("/api/products/" + UUID.randomUUID() + "/stock-adjustments")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
