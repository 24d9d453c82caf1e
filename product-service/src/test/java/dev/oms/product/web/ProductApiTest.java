package dev.oms.product.web;

import static dev.oms.product.support.Catalog.productJson;
import static dev.oms.product.support.Catalog.uniqueSku;
import static dev.oms.product.support.CatalogTokens.asCatalogAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProductApiTest {

    @Test
    void aCreatedProductCanBeReadBackFromItsLocation() {
        var sku = uniqueSku("KB");
        var location = asCatalogAdmin()
                .contentType(ContentType.JSON)
                .body(productJson(sku, 7))
                .when()
                .post("/api/products")
                .then()
                .statusCode(201)
                .body("id", notNullValue())
                .extract()
                .header("Location");

        given().when()
                .get(location)
                .then()
                .statusCode(200)
                .header("ETag", "\"0.0\"")
                .body("sku", equalTo(sku))
                .body("name", equalTo("Mechanical keyboard"))
                .body("description", equalTo("Brown switches"))
                .body("category", equalTo("peripherals"))
                .body("price", equalTo(89.9f))
                .body("currency", equalTo("EUR"))
                .body("availableStock", equalTo(7))
                .body("version", equalTo(0));
    }

    @Test
    void aSecondProductWithTheSameSkuIsAConflict() {
        var sku = uniqueSku("DUP");
        asCatalogAdmin()
                .contentType(ContentType.JSON)
                .body(productJson(sku, 1))
                .post("/api/products")
                .then()
                .statusCode(201);

        asCatalogAdmin()
                .contentType(ContentType.JSON)
                .body(productJson(sku, 1))
                .when()
                .post("/api/products")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("title", equalTo("Duplicate SKU"))
                .body("detail", containsString(sku));
    }

    @Test
    void anInvalidProductIsABadRequestNamingTheFields() {
        asCatalogAdmin()
                .contentType(ContentType.JSON)
                .body("""
                        {"sku":"","name":"x","category":"c","price":-1,"stock":-5}
                        """)
                .when()
                .post("/api/products")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem("sku"))
                .body("errors.field", hasItem("price"))
                .body("errors.field", hasItem("stock"));
    }

    @Test
    void malformedJsonIsABadRequest() {
        asCatalogAdmin()
                .contentType(ContentType.JSON)
                .body("{\"sku\": ")
                .when()
                .post("/api/products")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Malformed request body"));
    }

    @Test
    void anUnknownProductIsNotFound() {
        given().when()
                .get("/api/products/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }
}
