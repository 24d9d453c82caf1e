package dev.oms.product.web;

import static dev.oms.product.support.Catalog.addProduct;
import static dev.oms.product.support.Catalog.productJson;
import static dev.oms.product.support.Catalog.uniqueSku;
import static dev.oms.product.support.CatalogTokens.asCatalogAdmin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Many requests for one SKU at the same moment: the check for a taken SKU passes for several of them, so it is the
 * unique constraint that stops all but one, and every loser must hear "Duplicate SKU" (409), never a 5xx.
 */
@QuarkusTest
class ConcurrentSkuTest {

    private static final int CALLERS = 12;
    private static final int ROUNDS = 5;

    private ExecutorService callers;

    @BeforeEach
    void startCallers() {
        callers = Executors.newFixedThreadPool(CALLERS);
    }

    @AfterEach
    void stopCallers() {
        callers.shutdownNow();
    }

    @Test
    void concurrentCreatesOfOneSkuAddOneProductAndTellEveryOtherCallerTheSkuIsTaken() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            var sku = uniqueSku("RACE");

            var responses = all(caller -> asCatalogAdmin()
                    .contentType(ContentType.JSON)
                    .body(productJson(caller % 2 == 0 ? sku : sku.toLowerCase(), 1))
                    .post("/api/products"));

            assertOneWonAndTheOthersHeardDuplicateSku(responses, 201, sku);
            assertThat(given().queryParam("q", sku.toLowerCase())
                            .get("/api/products")
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath()
                            .getList("items.sku"))
                    .as("round %d: one product has the SKU", round)
                    .hasSize(1);
        }
    }

    @Test
    void concurrentRenamesToOneSkuRenameOneProductAndTellEveryOtherCallerTheSkuIsTaken() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            var sku = uniqueSku("RENAME");
            var ids = new ArrayList<String>();
            for (int i = 0; i < CALLERS; i++) {
                ids.add(addProduct(1));
            }

            var responses = all(caller -> asCatalogAdmin()
                    .contentType(ContentType.JSON)
                    .header("If-Match", "\"0\"")
                    .body("""
                            {"sku":"%s","name":"Renamed","category":"peripherals","price":10}
                            """.formatted(sku))
                    .put("/api/products/" + ids.get(caller)));

            assertOneWonAndTheOthersHeardDuplicateSku(responses, 200, sku);
            var renamed = ids.stream()
                    .filter(id -> sku.equals(
                            given().get("/api/products/" + id).then().extract().path("sku")))
                    .toList();
            assertThat(renamed).as("round %d: one product was renamed", round).hasSize(1);
        }
    }

    private List<Response> all(IntFunction<Response> request) throws Exception {
        var start = new CyclicBarrier(CALLERS);
        var pending = new ArrayList<Future<Response>>();
        for (int i = 0; i < CALLERS; i++) {
            int caller = i;
            pending.add(callers.submit(() -> {
                start.await();
                return request.apply(caller);
            }));
        }
        var responses = new ArrayList<Response>();
        for (var response : pending) {
            responses.add(response.get());
        }
        return responses;
    }

    private static void assertOneWonAndTheOthersHeardDuplicateSku(List<Response> responses, int won, String sku) {
        assertThat(responses)
                .as("statuses: %s", responses.stream().map(Response::statusCode).toList())
                .filteredOn(response -> response.statusCode() == won)
                .hasSize(1);
        assertThat(responses)
                .filteredOn(response -> response.statusCode() != won)
                .hasSize(CALLERS - 1)
                .allSatisfy(response -> {
                    assertThat(response.statusCode()).as(response.asString()).isEqualTo(409);
                    assertThat(response.contentType()).startsWith("application/problem+json");
                    assertThat(response.jsonPath().getString("title")).isEqualTo("Duplicate SKU");
                    assertThat(response.jsonPath().getString("detail")).containsIgnoringCase(sku);
                });
    }
}
