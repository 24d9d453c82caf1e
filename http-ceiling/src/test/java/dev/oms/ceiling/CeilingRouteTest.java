package dev.oms.ceiling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CeilingRouteTest {

    @Test
    void answersTheConstantProductShapedJson() {
        given().get("/ceiling")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("sku", equalTo("CEILING-00000"))
                .body("availableStock", equalTo(1000000))
                .body(equalTo(CeilingRoute.BODY));
    }
}
