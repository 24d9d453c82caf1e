package dev.oms.product.web;

import static dev.oms.product.support.Catalog.addProduct;
import static dev.oms.product.support.Catalog.uniqueCategory;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A category is compared exactly: {@code Kitchen} and {@code kitchen} are two categories. PostgreSQL compares so by
 * default; on SQL Server the read model's column has a binary collation (V4), so this runs unchanged on either.
 */
@QuarkusTest
class CategorySemanticsTest {

    @Test
    void aCategoryFilterFindsOnlyTheCategoryAsWritten() {
        var lower = uniqueCategory("kitchen").toLowerCase(Locale.ROOT);
        var upper = lower.toUpperCase(Locale.ROOT);
        var inLower = addProduct("Espresso cup", lower, "7.25", 3);
        var inUpper = addProduct("Espresso cup", upper, "7.25", 3);

        given().queryParam("category", lower)
                .get("/api/products")
                .then()
                .statusCode(200)
                .body("items.id", contains(inLower));
        given().queryParam("category", upper)
                .get("/api/products")
                .then()
                .statusCode(200)
                .body("items.id", contains(inUpper));
    }
}
