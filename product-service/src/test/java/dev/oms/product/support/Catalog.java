package dev.oms.product.support;

import static dev.oms.product.support.CatalogTokens.asCatalogAdmin;
import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.UUID;

/** Test data for the catalogue, created through the public API. */
public final class Catalog {

    private Catalog() {}

    public static String uniqueSku(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String productJson(String sku, int stock) {
        return """
                {"sku":"%s","name":"Mechanical keyboard","description":"Brown switches","category":"peripherals",
                 "price":89.90,"stock":%d}
                """.formatted(sku, stock);
    }

    /** Adds a product and returns its id. */
    public static String addProduct(int stock) {
        return asCatalogAdmin()
                .contentType(ContentType.JSON)
                .body(productJson(uniqueSku("P"), stock))
                .post("/api/products")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static int stockOf(String productId) {
        return given().get("/api/products/" + productId)
                .then()
                .statusCode(200)
                .extract()
                .path("availableStock");
    }

    public static String productJson(String sku, String name, String category, String price, int stock) {
        return """
                {"sku":"%s","name":"%s","category":"%s","price":%s,"stock":%d}
                """.formatted(sku, name, category, price, stock);
    }

    /** Adds a product as described and returns its id. */
    public static String addProduct(String name, String category, String price, int stock) {
        return asCatalogAdmin()
                .contentType(ContentType.JSON)
                .body(productJson(uniqueSku("P"), name, category, price, stock))
                .post("/api/products")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A category no other test uses, so list queries see only this test's products. */
    public static String uniqueCategory(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
