package dev.oms.product.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiTest {

    @Test
    @SuppressWarnings("unchecked")
    void theDocumentDescribesEveryEndpointAndItsStatusCodes() {
        Map<String, Object> paths = given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .get("paths");

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

    @Test
    @SuppressWarnings("unchecked")
    void everyFailureIsDocumentedAsAProblemAndAnyCallMayBeAskedToRetryLater() {
        var document = given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        Map<String, Object> problem = document.getMap("components.schemas.ProblemDetail.properties");
        assertThat(problem).containsKeys("type", "title", "status", "detail", "instance", "errors");
        Map<String, Map<String, Object>> add = document.getMap("paths.'/api/products'.post.responses");
        assertThat(add).containsKeys("409", "503", "500");
        for (var code : List.of("409", "503")) {
            var content = (Map<String, Map<String, Object>>) add.get(code).get("content");
            assertThat(content).as(code).containsOnlyKeys("application/problem+json");
            assertThat(content.get("application/problem+json").toString())
                    .contains("#/components/schemas/ProblemDetail");
        }
        Map<String, Object> read = document.getMap("paths.'/api/products/{id}'.get.responses");
        assertThat(read).as("a public read needs no token").doesNotContainKeys("401", "403");
        assertThat(read).as("a read may find the database briefly unavailable").containsKey("503");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDocumentDescribesTheBearerSchemeAndWhichEndpointsNeedWhichRole() {
        var document = given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        Map<String, Object> bearer = document.getMap("components.securitySchemes.bearer");
        assertThat(bearer)
                .containsEntry("type", "http")
                .containsEntry("scheme", "bearer")
                .containsEntry("bearerFormat", "JWT");

        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        var writes = Map.of(
                "/api/products", "post", "/api/products/{id}", "put", "/api/products/{id}/stock-adjustments", "post");
        writes.forEach((path, method) -> {
            var operation = paths.get(path).get(method);
            assertThat((List<Map<String, Object>>) operation.get("security"))
                    .as(method + " " + path)
                    .containsExactly(Map.of("bearer", List.of()));
            assertThat((Map<String, Object>) operation.get("responses"))
                    .as(method + " " + path)
                    .containsKeys("401", "403");
            assertThat((String) operation.get("description"))
                    .as(method + " " + path)
                    .contains("catalog-admin");
        });
        for (var path : List.of("/api/products", "/api/products/{id}")) {
            var read = paths.get(path).get("get");
            assertThat(read).as("GET " + path).doesNotContainKey("security");
            assertThat((String) read.get("description")).as("GET " + path).contains("Public");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> responses(Map<String, Map<String, Object>> path, String method) {
        assertThat(path).as("path").isNotNull().containsKey(method);
        return (Map<String, Object>) path.get(method).get("responses");
    }
}
