package dev.oms.system;

import static dev.oms.system.Api.products;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Scenario 1: the catalogue as its administrators use it; what the query side returns is what was written. */
@ExtendWith(SystemUnderTest.class)
class CatalogueIT {

    private final String tag = Shop.tag();
    private final String category = "cat-" + tag;

    @Test
    void whatIsWrittenIsWhatTheQuerySideReturnsThroughUpdatesStockAdjustmentsFiltersAndPages() {
        var written = new LinkedHashMap<String, Map<String, Object>>();
        var rows = List.of(
                List.<Object>of("Anvil", "19.99", 5),
                List.<Object>of("Banjo", "120.5", 0),
                List.<Object>of("Cactus", "7.25", 12),
                List.<Object>of("Drum kit", "450", 1),
                List.<Object>of("Egg timer", "3.1234", 30));
        for (var row : rows) {
            var sku = "CAT-" + tag + "-" + ((String) row.get(0)).charAt(0);
            var created = products(Tokens.catalogAdmin())
                    .contentType(ContentType.JSON)
                    .body("""
                    {"sku":"%s","name":"%s","description":"about %s","category":"%s","price":%s,"stock":%d}
                    """.formatted(sku, row.get(0), row.get(0), category, row.get(1), row.get(2)))
                    .post("/api/products")
                    .then()
                    .statusCode(201)
                    .extract();
            assertThat(created.header("Location")).endsWith("/api/products/" + created.path("id"));
            var id = created.<String>path("id");
            written.put(
                    id,
                    new LinkedHashMap<>(Map.of(
                            "sku",
                            sku,
                            "name",
                            row.get(0),
                            "description",
                            "about " + row.get(0),
                            "price",
                            new BigDecimal((String) row.get(1)),
                            "stock",
                            row.get(2))));
        }
        written.forEach(CatalogueIT::assertReadsAsWritten);

        // update the details of one, against the version it was read at; a stale version changes nothing
        var anvil = written.keySet().iterator().next();
        products(Tokens.catalogAdmin())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body("""
                        {"sku":"CAT-%s-A2","name":"Anvil (heavy)","category":"%s","price":24.50}
                        """.formatted(tag, category))
                .put("/api/products/" + anvil)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1));
        // a PUT replaces the details: the description it left out is gone
        written.get(anvil)
                .putAll(Map.of("sku", "CAT-" + tag + "-A2", "name", "Anvil (heavy)", "price", new BigDecimal("24.50")));
        written.get(anvil).remove("description");
        products(Tokens.catalogAdmin())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body("""
                        {"sku":"CAT-%s-A3","name":"Stale","category":"%s","price":1}
                        """.formatted(tag, category))
                .put("/api/products/" + anvil)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        assertReadsAsWritten(anvil, written.get(anvil));

        // adjust stock: a restock, a write-off, and one that would go below zero (refused, nothing changes)
        products(Tokens.catalogAdmin())
                .contentType(ContentType.JSON)
                .body("{\"delta\":10,\"reason\":\"delivery\"}")
                .post("/api/products/" + anvil + "/stock-adjustments")
                .then()
                .statusCode(200)
                .body("availableStock", equalTo(15));
        products(Tokens.catalogAdmin())
                .contentType(ContentType.JSON)
                .body("{\"delta\":-4,\"reason\":\"damaged\"}")
                .post("/api/products/" + anvil + "/stock-adjustments")
                .then()
                .statusCode(200)
                .body("availableStock", equalTo(11));
        products(Tokens.catalogAdmin())
                .contentType(ContentType.JSON)
                .body("{\"delta\":-12,\"reason\":\"flood\"}")
                .post("/api/products/" + anvil + "/stock-adjustments")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        written.get(anvil).put("stock", 11);
        assertReadsAsWritten(anvil, written.get(anvil));

        // list: the category by name (case-insensitive order as the API defines it), and filters
        assertThat(names("category=" + category + "&size=100"))
                .containsExactlyElementsOf(sortedNames(written, "name", false));
        assertThat(names("category=" + category + "&sort=price&direction=desc&size=100"))
                .containsExactlyElementsOf(sortedNames(written, "price", true));
        assertThat(names("category=" + category + "&minPrice=7.25&maxPrice=120.5&sort=price"))
                .containsExactly("Cactus", "Anvil (heavy)", "Banjo");
        assertThat(names("category=" + category + "&inStock=false")).containsExactly("Banjo");
        assertThat(names("category=" + category + "&inStock=true&q=D")).containsExactly("Drum kit");
        assertThat(names("q=cat-" + tag + "-e&size=100")).containsExactly("Egg timer");

        // pages of two, walked by cursor, are the whole list once, in order
        var paged = new ArrayList<String>();
        String cursor = null;
        var pages = 0;
        do {
            var page = products()
                    .queryParam("category", category)
                    .queryParam("sort", "price")
                    .queryParam("size", 2)
                    .queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor))
                    .get("/api/products")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(page.getList("items")).hasSizeLessThanOrEqualTo(2);
            paged.addAll(page.getList("items.name"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null);
        assertThat(paged).containsExactlyElementsOf(sortedNames(written, "price", false));
        assertThat(pages).isEqualTo(3);

        // every item of the list is what was written too
        var listed = products()
                .queryParam("category", category)
                .queryParam("size", 100)
                .get("/api/products")
                .then()
                .extract()
                .jsonPath();
        for (int i = 0; i < written.size(); i++) {
            var id = listed.getString("items[" + i + "].id");
            assertThat(written).containsKey(id);
            assertThat(listed.getString("items[" + i + "].sku"))
                    .isEqualTo(written.get(id).get("sku"));
            assertThat(listed.getInt("items[" + i + "].availableStock"))
                    .isEqualTo(written.get(id).get("stock"));
            assertThat(new BigDecimal(listed.getString("items[" + i + "].price")))
                    .isEqualByComparingTo((BigDecimal) written.get(id).get("price"));
        }
        Invariants.assertAtRest();
    }

    private static void assertReadsAsWritten(String id, Map<String, Object> expected) {
        var product = products()
                .get("/api/products/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(product.getString("sku")).as("sku of %s", id).isEqualTo(expected.get("sku"));
        assertThat(product.getString("name")).as("name of %s", id).isEqualTo(expected.get("name"));
        assertThat(product.getString("description")).as("description of %s", id).isEqualTo(expected.get("description"));
        assertThat(new BigDecimal(product.getString("price")))
                .as("price of %s", id)
                .isEqualByComparingTo((BigDecimal) expected.get("price"));
        assertThat(product.getString("currency")).isEqualTo("EUR");
        assertThat(product.getInt("availableStock")).as("stock of %s", id).isEqualTo(expected.get("stock"));
    }

    private static List<String> names(String query) {
        return products()
                .get("/api/products?" + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.name");
    }

    private static List<String> sortedNames(Map<String, Map<String, Object>> written, String key, boolean desc) {
        var entries = new ArrayList<>(written.values());
        Comparator<Map<String, Object>> order = "price".equals(key)
                ? Comparator.comparing(e -> (BigDecimal) e.get("price"))
                : Comparator.comparing(e -> ((String) e.get("name")).toLowerCase(Locale.ROOT));
        entries.sort(desc ? order.reversed() : order);
        return entries.stream().map(e -> (String) e.get("name")).toList();
    }
}
