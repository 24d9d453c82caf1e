package dev.oms.product.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Requests refused before any resource sees them still get problem details, and typed JSON is not coerced. */
@QuarkusTest
class HostileInputTest {

    @Test
    void aBodyOverTheLimitIsA413Problem() {
        given().contentType(ContentType.JSON)
                .body("{\"x\":\"" + "x".repeat(1_100_000) + "\"}")
                .when()
                .post("/api/products")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
    }

    @Test
    void aNulCharacterInAQueryParameterIsA400ProblemNamingIt() {
        given().urlEncodingEnabled(false)
                .when()
                .get("/api/products?category=a%00b")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("category"))
                .body("detail", containsString("NUL"));
    }
}
