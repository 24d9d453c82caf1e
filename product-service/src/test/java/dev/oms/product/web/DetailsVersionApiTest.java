package dev.oms.product.web;

import static dev.oms.product.support.Catalog.addProduct;
import static dev.oms.product.support.Catalog.uniqueSku;
import static dev.oms.product.support.CatalogTokens.asCatalogAdmin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The ETag of a product guards its details and price only, as a precondition: GET's tag also counts stock movements
 * (so that a 304 never vouches for stale stock), but an edit compares only its details part. Stock moving (restocks,
 * write-offs, sales) never makes an admin's edit stale, and an edit that is stale (another edit came first) is told
 * the version actually found.
 */
@QuarkusTest
class DetailsVersionApiTest {

    private static String details(String sku, String name, String price) {
        return """
                {"sku":"%s","name":"%s","description":"Silent","category":"keyboards","price":%s}
                """.formatted(sku, name, price);
    }

    /** @return the ETag the adjustment answered with */
    private static String adjust(String id, int delta) {
        return asCatalogAdmin()
                .contentType(ContentType.JSON)
                .body("{\"delta\": %d, \"reason\": \"stock take\"}".formatted(delta))
                .post("/api/products/" + id + "/stock-adjustments")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    private static String etagOf(String id) {
        return given().get("/api/products/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    @Test
    void anEditWithTheETagReadBeforeThreeStockMovementsIsApplied() {
        var id = addProduct(10);
        var etag = etagOf(id);

        assertThat(etag).isEqualTo("\"0.0\"");
        assertThat(adjust(id, 5))
                .as("an adjustment answers the details version it leaves")
                .isEqualTo("\"0\"");
        adjust(id, -2);
        adjust(id, -4);
        assertThat(etagOf(id))
                .as("the body shows stock, so GET's tag moves with it; its details part does not")
                .isEqualTo("\"0.3\"");

        var sku = uniqueSku("EDIT");
        asCatalogAdmin()
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(details(sku, "Edited after three sales", "75.5"))
                .when()
                .put("/api/products/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1));

        given().get("/api/products/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1.4\"")
                .body("version", equalTo(1))
                .body("sku", equalTo(sku))
                .body("name", equalTo("Edited after three sales"))
                .body("price", equalTo(75.5f))
                .body("availableStock", equalTo(9));
        given().queryParam("q", sku)
                .get("/api/products")
                .then()
                .statusCode(200)
                .body("items[0].id", equalTo(id))
                .body("items[0].version", equalTo(1));
    }

    @Test
    void aStaleEditIsToldTheVersionFoundWhichIsTheETagAGetNowReturns() {
        var id = addProduct(10);
        var read = etagOf(id);
        var sku = uniqueSku("STALE");
        asCatalogAdmin()
                .contentType(ContentType.JSON)
                .header("If-Match", read)
                .body(details(sku, "First edit", "10"))
                .put("/api/products/" + id)
                .then()
                .statusCode(200);
        adjust(id, 3);
        adjust(id, -1);

        var refused = asCatalogAdmin()
                .contentType(ContentType.JSON)
                .header("If-Match", read)
                .body(details(sku, "Edit from a stale copy", "12"))
                .put("/api/products/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .extract()
                .jsonPath();
        var inBody = asCatalogAdmin()
                .contentType(ContentType.JSON)
                .body(details(sku, "Edit from a stale copy", "12").replace("}", ",\"version\":0}"))
                .put("/api/products/" + id)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .extract()
                .jsonPath();

        var current = etagOf(id);
        assertThat(current).as("details version 1, after two stock movements").isEqualTo("\"1.3\"");
        assertThat(refused.getLong("currentVersion")).isEqualTo(1);
        assertThat(refused.getString("detail")).contains("version 1");
        assertThat(inBody.getString("title")).isEqualTo("Stale version");
        assertThat(inBody.getLong("currentVersion")).isEqualTo(1);
        given().get("/api/products/" + id)
                .then()
                .body("name", equalTo("First edit"))
                .body("availableStock", equalTo(12));
    }

    @Test
    void anEditRacingStockMovementsInFlightIsApplied() throws Exception {
        // few enough that each adjustment, retried after every race it loses (to the others and to the edit), succeeds
        int adjustments = 4;
        var pool = Executors.newFixedThreadPool(adjustments + 1);
        try {
            for (int round = 0; round < 3; round++) {
                var id = addProduct(100);
                var etag = etagOf(id);
                var start = new CyclicBarrier(adjustments + 1);
                var moves = new ArrayList<Future<Response>>();
                for (int i = 0; i < adjustments; i++) {
                    moves.add(pool.submit(() -> {
                        start.await();
                        return asCatalogAdmin()
                                .contentType(ContentType.JSON)
                                .body("{\"delta\": -1, \"reason\": \"sold\"}")
                                .post("/api/products/" + id + "/stock-adjustments");
                    }));
                }
                var sku = uniqueSku("RACE");
                Future<Response> edit = pool.submit(() -> {
                    start.await();
                    return asCatalogAdmin()
                            .contentType(ContentType.JSON)
                            .header("If-Match", etag)
                            .body(details(sku, "Edited while selling", "20"))
                            .put("/api/products/" + id);
                });

                var edited = edit.get(30, TimeUnit.SECONDS);
                assertThat(edited.statusCode()).as(edited.asString()).isEqualTo(200);
                for (var move : moves) {
                    var moved = move.get(30, TimeUnit.SECONDS);
                    assertThat(moved.statusCode()).as(moved.asString()).isEqualTo(200);
                }
                given().get("/api/products/" + id)
                        .then()
                        .body("name", equalTo("Edited while selling"))
                        .body("version", equalTo(1))
                        .body("availableStock", equalTo(100 - adjustments));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
