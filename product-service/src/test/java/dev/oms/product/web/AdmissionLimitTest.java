package dev.oms.product.web;

import static dev.oms.product.support.Catalog.productJson;
import static dev.oms.product.support.Catalog.uniqueSku;
import static dev.oms.product.support.CatalogTokens.asCatalogAdmin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.platform.testing.Metrics;
import dev.oms.platform.web.ProblemDetail;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With no room for commands at all, every command is answered 503 with Retry-After and a problem, before its token is
 * even looked at, and nothing is stored; queries are not limited.
 */
@QuarkusTest
@TestProfile(AdmissionLimitTest.NoRoomForCommands.class)
class AdmissionLimitTest {

    public static class NoRoomForCommands implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("oms.commands.max-in-flight", "0");
        }
    }

    @Test
    void aCommandBeyondTheLimitIsRefusedAt503AndStoresNothing() {
        var sku = uniqueSku("ADMIT");
        double refusedBefore = Metrics.value("oms_commands_refused_total");

        var refused = asCatalogAdmin()
                .contentType(ContentType.JSON)
                .body(productJson(sku, 5))
                .post("/api/products");
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.header("Retry-After")).isEqualTo("1");
        assertThat(refused.contentType()).startsWith(ProblemDetail.MEDIA_TYPE);
        assertThat(refused.jsonPath().getInt("status")).isEqualTo(503);
        assertThat(refused.jsonPath().getString("detail")).contains("not carried out");

        // refused before authentication: a request without a token gets the same answer, not 401
        var anonymous =
                given().contentType(ContentType.JSON).body(productJson(sku, 5)).post("/api/products");
        assertThat(anonymous.statusCode()).isEqualTo(503);
        assertThat(Metrics.value("oms_commands_refused_total")).isEqualTo(refusedBefore + 2);

        var listed = given().queryParam("q", sku)
                .get("/api/products")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(listed.getList("items")).isEmpty();
    }
}
