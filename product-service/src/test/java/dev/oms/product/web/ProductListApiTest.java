package dev.oms.product.web;

import static dev.oms.product.support.Catalog.addProduct;
import static dev.oms.product.support.Catalog.uniqueCategory;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.oms.platform.testing.UuidOrder;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GET /api/products: filters, sorts with ties in the key, keyset pages. Each test works in a category of its own, so
 * what other tests add never shows up here.
 */
@QuarkusTest
class ProductListApiTest {

    /** name, price, stock: names and prices repeat, so every sort has ties that only the id can break. */
    private static final List<Object[]> PRODUCTS = List.of(
            new Object[] {"Alpha", "10.00", 1},
            new Object[] {"Alpha", "10.00", 0},
            new Object[] {"Alpha", "20.00", 3},
            new Object[] {"Beta", "10.00", 2},
            new Object[] {"Beta", "30.00", 0},
            new Object[] {"Gamma", "20.00", 5},
            new Object[] {"Gamma", "20.00", 1});

    private String category;
    private final Map<String, JsonPath> byId = new HashMap<>();

    @BeforeEach
    void addProducts() {
        category = uniqueCategory("list");
        for (var p : PRODUCTS) {
            var id = addProduct((String) p[0], category, (String) p[1], (int) p[2]);
            byId.put(
                    id,
                    given().get("/api/products/" + id)
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath());
        }
    }

    @Test
    void pagesByPriceTogetherAreExactlyTheCategoryInPriceThenIdOrder() {
        var expected = sorted(p -> new BigDecimal(p.getString("price")));

        assertThat(allPages("price", "asc", 2)).containsExactlyElementsOf(expected);
        assertThat(allPages("price", "desc", 2)).containsExactlyElementsOf(reversed(expected));
    }

    @Test
    void pagesByNameTogetherAreExactlyTheCategoryInNameThenIdOrder() {
        var expected = sorted(p -> p.getString("name"));

        assertThat(allPages("name", "asc", 3)).containsExactlyElementsOf(expected);
        assertThat(allPages("name", "desc", 1)).containsExactlyElementsOf(reversed(expected));
    }

    @Test
    void pagesByUpdateTimeTogetherAreExactlyTheCategoryInThatOrder() {
        var expected = sorted(p -> Instant.parse(p.getString("updatedAt")));

        assertThat(allPages("updatedAt", "asc", 4)).containsExactlyElementsOf(expected);
        assertThat(allPages("updatedAt", "desc", 2)).containsExactlyElementsOf(reversed(expected));
    }

    @Test
    void aPageOfTheWholeSizeHasNoNextCursor() {
        given().queryParam("category", category)
                .when()
                .get("/api/products")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(7))
                .body("nextCursor", equalTo(null));
    }

    @Test
    void filtersCombine() {
        var cheapAlphasInStock = given().queryParam("category", category)
                .queryParam("q", "AL")
                .queryParam("minPrice", "10")
                .queryParam("maxPrice", "20.00")
                .queryParam("inStock", "true")
                .queryParam("sort", "price")
                .when()
                .get("/api/products")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(cheapAlphasInStock.getList("items.name", String.class)).containsExactly("Alpha", "Alpha");
        assertThat(cheapAlphasInStock.getList("items.price", Float.class)).containsExactly(10f, 20f);
        assertThat(cheapAlphasInStock.getList("items.availableStock", Integer.class))
                .containsExactly(1, 3);

        var soldOut = given().queryParam("category", category)
                .queryParam("inStock", "false")
                .when()
                .get("/api/products")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(soldOut.getList("items.name", String.class)).containsExactly("Alpha", "Beta");
        assertThat(soldOut.getList("items.availableStock", Integer.class)).containsOnly(0);

        var aGammaSku = byId.values().stream()
                .filter(p -> p.getString("name").equals("Gamma"))
                .findFirst()
                .orElseThrow()
                .getString("sku");
        given().queryParam("category", category)
                .queryParam("q", aGammaSku.toLowerCase())
                .when()
                .get("/api/products")
                .then()
                .statusCode(200)
                .body("items.sku", equalTo(List.of(aGammaSku)));

        given().queryParam("category", category)
                .queryParam("minPrice", "25")
                .when()
                .get("/api/products")
                .then()
                .statusCode(200)
                .body("items.name", equalTo(List.of("Beta")))
                .body("items.price", equalTo(List.of(30f)));
    }

    @Test
    void searchTextIsAPrefixAndItsWildcardsAreLiteral() {
        given().queryParam("category", category)
                .queryParam("q", "lpha")
                .when()
                .get("/api/products")
                .then()
                .statusCode(200)
                .body("items", equalTo(List.of()));
        given().queryParam("category", category)
                .queryParam("q", "%a")
                .when()
                .get("/api/products")
                .then()
                .statusCode(200)
                .body("items", equalTo(List.of()));
    }

    @Test
    void aCursorOnlyWorksWithTheSortItWasMadeFor() {
        String cursor = given().queryParam("category", category)
                .queryParam("sort", "price")
                .queryParam("size", 2)
                .when()
                .get("/api/products")
                .then()
                .statusCode(200)
                .extract()
                .path("nextCursor");

        given().queryParam("category", category)
                .queryParam("sort", "name")
                .queryParam("cursor", cursor)
                .when()
                .get("/api/products")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("cursor")));
        given().queryParam("category", category)
                .queryParam("sort", "price")
                .queryParam("direction", "desc")
                .queryParam("cursor", cursor)
                .when()
                .get("/api/products")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("cursor"));
        given().queryParam("category", category)
                .queryParam("cursor", "garbled!!")
                .when()
                .get("/api/products")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("cursor"));
    }

    @Test
    void invalidParametersAreBadRequestsNamingThem() {
        expectBadParameter("size", "101");
        expectBadParameter("size", "0");
        expectBadParameter("size", "-1");
        expectBadParameter("size", "ten");
        expectBadParameter("minPrice", "-1");
        expectBadParameter("maxPrice", "cheap");
        expectBadParameter("inStock", "maybe");
        expectBadParameter("sort", "colour");
        expectBadParameter("direction", "up");
        given().queryParam("minPrice", "5")
                .queryParam("maxPrice", "1")
                .when()
                .get("/api/products")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("minPrice"));
    }

    private static void expectBadParameter(String name, String value) {
        given().queryParam(name, value)
                .when()
                .get("/api/products")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", equalTo(List.of(name)));
    }

    /** Follows nextCursor from the first page to the last and returns the ids in the order read. */
    private List<String> allPages(String sort, String direction, int size) {
        var ids = new ArrayList<String>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("category", category)
                    .queryParam("sort", sort)
                    .queryParam("direction", direction)
                    .queryParam("size", size);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.when()
                    .get("/api/products")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            var items = page.getList("items.id", String.class);
            assertThat(items).hasSizeLessThanOrEqualTo(size);
            ids.addAll(items);
            cursor = page.getString("nextCursor");
            assertThat(++pages).as("pages").isLessThanOrEqualTo(PRODUCTS.size());
        } while (cursor != null);
        assertThat(pages).isEqualTo((PRODUCTS.size() + size - 1) / size);
        return ids;
    }

    private static List<String> reversed(List<String> ids) {
        var copy = new ArrayList<>(ids);
        java.util.Collections.reverse(copy);
        return copy;
    }

    /** The ids by the given key, ties broken by id as the database orders UUIDs (byte by byte). */
    private <K extends Comparable<K>> List<String> sorted(Function<JsonPath, K> key) {
        return byId.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, JsonPath> e) -> key.apply(e.getValue()))
                        .thenComparing(Map.Entry::getKey, UuidOrder.ofThisBuildAsText()))
                .map(Map.Entry::getKey)
                .toList();
    }
}
