package dev.oms.product.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiTest {

    @Test
    @SuppressWarnings("unchecked")
    void theDocumentDescribesEveryEndpointAndItsStatusCodes() {
        Map<String, Object> paths = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().get("paths");

        var collection = (Map<String, Map<String, Object>>) paths.get("/api/products");
        var product = (Map<String, Map<String, Object>>) paths.get("/api/products/{id}");
        var adjustments = (Map<String, Map<String, Object>>) paths.get("/api/products/{id}/stock-adjustments");

        assertThat(responses(collection, "post")).containsKeys("201", "400", "409");
        assertThat(responses(collection, "get")).containsKeys("200", "400");
        assertThat(responses(product, "get")).containsKeys("200", "404");
        assertThat(responses(product, "put")).containsKeys("200", "400", "404", "409", "412", "428");
        assertThat(responses(adjustments, "post")).containsKeys("200", "400", "404", "409");

        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> responses(Map<String, Map<String, Object>> path, String method) {
        assertThat(path).as("path").isNotNull().containsKey(method);
        return (Map<String, Object>) path.get(method).get("responses");
    }
}
