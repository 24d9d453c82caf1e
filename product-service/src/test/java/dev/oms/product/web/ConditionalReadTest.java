package dev.oms.product.web;

import static dev.oms.product.support.Catalog.addProduct;
import static dev.oms.product.support.Catalog.uniqueSku;
import static dev.oms.product.support.CatalogTokens.asCatalogAdmin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * GET /api/products/{id} answers 304 to an If-None-Match naming its ETag, and only while the whole body, stock
 * included, is unchanged; an edit's If-Match keeps comparing the details version alone (issue 20).
 */
@QuarkusTest
class ConditionalReadTest {

    @Inject
    ObjectMapper mapper;

    private static Response get(String id, String ifNoneMatch) {
        var request = given();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return request.get("/api/products/" + id);
    }

    private static Response edit(String id, String ifMatch, String name) {
        return asCatalogAdmin()
                .contentType(ContentType.JSON)
                .header("If-Match", ifMatch)
                .body("""
                        {"sku":"%s","name":"%s","category":"peripherals","price":95}
                        """.formatted(uniqueSku("COND"), name))
                .put("/api/products/" + id);
    }

    @Test
    void aCopyIsCurrentUntilItsStockOrItsDetailsChange() {
        var id = addProduct(10);
        var read = get(id, null);
        assertThat(read.statusCode()).isEqualTo(200);
        var etag = read.header("ETag");

        var revalidated = get(id, etag);
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.header("ETag")).isEqualTo(etag);
        assertThat(revalidated.asByteArray()).as("a 304 has no body").isEmpty();

        asCatalogAdmin()
                .contentType(ContentType.JSON)
                .body("{\"delta\": -3, \"reason\": \"sold at the counter\"}")
                .post("/api/products/" + id + "/stock-adjustments")
                .then()
                .statusCode(200);
        var afterSale = await().atMost(Duration.ofSeconds(15))
                .until(() -> get(id, etag), response -> response.statusCode() == 200);
        assertThat(afterSale.jsonPath().getInt("availableStock"))
                .as("the copy held stock 10: never told it is current")
                .isEqualTo(7);
        var etagAfterSale = afterSale.header("ETag");
        assertThat(etagAfterSale).isNotEqualTo(etag);
        assertThat(get(id, etagAfterSale).statusCode()).isEqualTo(304);

        // the tag read before the sale is still a valid precondition: stock never makes an edit stale
        edit(id, etag, "Edited after a sale").then().statusCode(200);

        var afterEdit = get(id, etagAfterSale);
        assertThat(afterEdit.statusCode()).isEqualTo(200);
        assertThat(afterEdit.jsonPath().getString("name")).isEqualTo("Edited after a sale");
        assertThat(afterEdit.jsonPath().getInt("availableStock")).isEqualTo(7);
        assertThat(afterEdit.header("ETag")).isNotIn(etag, etagAfterSale);
        edit(id, etagAfterSale, "From a copy that missed the edit").then().statusCode(412);
    }

    @Test
    void weakTagsListsAndStarAreHonoured() {
        var id = addProduct(4);
        var etag = get(id, null).header("ETag");

        assertThat(get(id, "W/" + etag).statusCode()).isEqualTo(304);
        assertThat(get(id, "\"999.999\", " + etag).statusCode()).isEqualTo(304);
        assertThat(get(id, "*").statusCode()).isEqualTo(304);
        assertThat(get(id, "\"999.999\"").statusCode()).isEqualTo(200);
        assertThat(get(id, "not a tag").statusCode())
                .as("malformed: the full response")
                .isEqualTo(200);
        assertThat(get("00000000-0000-0000-0000-000000000000", "*").statusCode())
                .as("no product, nothing matches *")
                .isEqualTo(404);
    }

    @Test
    void theCachedBytesAreTheJsonJacksonWroteForEachRequestBefore() throws Exception {
        var id = addProduct(6);
        var read = get(id, null);

        // what Quarkus REST's Jackson writer sent before the bytes were cached (header and fields, in this order)
        assertThat(read.header("Content-Type")).isEqualTo("application/json;charset=UTF-8");
        var body = mapper.readTree(read.asByteArray());
        assertThat(body.fieldNames())
                .toIterable()
                .containsExactly(
                        "id",
                        "sku",
                        "name",
                        "description",
                        "category",
                        "price",
                        "currency",
                        "availableStock",
                        "version",
                        "updatedAt");
        assertThat(body.get("id").asText()).isEqualTo(id);
        assertThat(body.get("name").asText()).isEqualTo("Mechanical keyboard");
        assertThat(body.get("price").decimalValue()).isEqualByComparingTo("89.9");
        assertThat(body.get("availableStock").asInt()).isEqualTo(6);
        assertThat(body.get("version").asLong()).isZero();
        assertThat(Instant.parse(body.get("updatedAt").asText()))
                .as("an ISO-8601 instant")
                .isNotNull();

        var listed = given().queryParam("q", body.get("sku").asText()).get("/api/products");
        assertThat(listed.header("Content-Type")).isEqualTo("application/json;charset=UTF-8");
        assertThat(mapper.readTree(listed.asByteArray()).get("items").get(0)).isEqualTo(body);
    }
}
