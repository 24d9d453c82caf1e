package dev.oms.product.web;

import static dev.oms.product.support.Catalog.productJson;
import static dev.oms.product.support.Catalog.uniqueSku;
import static dev.oms.product.support.CatalogTokens.asCatalogAdmin;
import static dev.oms.product.support.CatalogTokens.catalogAdmin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * A SKU is one SKU whatever its letter case, and is shown as written: the same on PostgreSQL and on SQL Server (the
 * schema compares a lower-cased key exactly in both, with a binary collation on SQL Server), so this runs unchanged on
 * either. Concurrent requests for one new SKU end in one product and 409s, never a 5xx.
 */
@QuarkusTest
class SkuSemanticsTest {

    @Test
    void aSkuDifferingOnlyInLetterCaseIsTheSameSkuAndIsShownAsWritten() {
        var sku = uniqueSku("mug").toLowerCase(Locale.ROOT);
        var id = add(sku).then().statusCode(201).extract().<String>path("id");

        add(sku.toUpperCase(Locale.ROOT)).then().statusCode(409).body("title", equalTo("Duplicate SKU"));
        given().get("/api/products/" + id).then().statusCode(200).body("sku", equalTo(sku));
    }

    @Test
    void aRenameOntoAnotherProductsSkuInAnotherCaseIsRefusedButAProductMayRecaseItsOwn() {
        var taken = uniqueSku("cup").toLowerCase(Locale.ROOT);
        add(taken).then().statusCode(201);
        var mine = uniqueSku("jug").toLowerCase(Locale.ROOT);
        var id = add(mine).then().statusCode(201).extract().<String>path("id");

        rename(id, taken.toUpperCase(Locale.ROOT), 0).then().statusCode(409).body("title", equalTo("Duplicate SKU"));
        rename(id, mine.toUpperCase(Locale.ROOT), 0).then().statusCode(200);
        given().get("/api/products/" + id).then().body("sku", equalTo(mine.toUpperCase(Locale.ROOT)));
    }

    @Test
    void concurrentRequestsForOneNewSkuMakeOneProductAndTheRestAreDuplicates() throws Exception {
        var sku = uniqueSku("RACE");
        var http = HttpClient.newHttpClient();
        var products = URI.create("http://localhost:" + io.restassured.RestAssured.port + "/api/products");
        var requests = new ArrayList<Callable<Integer>>();
        for (int i = 0; i < 12; i++) {
            var body = productJson(i % 2 == 0 ? sku : sku.toLowerCase(Locale.ROOT), 1);
            requests.add(() -> http.send(
                            HttpRequest.newBuilder(products)
                                    .header("Authorization", "Bearer " + catalogAdmin())
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode());
        }
        var statuses = new ArrayList<Integer>();
        var pool = Executors.newFixedThreadPool(12);
        try {
            for (var answer : pool.invokeAll(requests)) {
                statuses.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
    }

    private static io.restassured.response.Response add(String sku) {
        return asCatalogAdmin()
                .contentType(ContentType.JSON)
                .body(productJson(sku, 1))
                .post("/api/products");
    }

    private static io.restassured.response.Response rename(String id, String sku, long version) {
        return asCatalogAdmin()
                .contentType(ContentType.JSON)
                .body(ProductCommandApiTest.details(sku, "Renamed", "10", version))
                .put("/api/products/" + id);
    }
}
