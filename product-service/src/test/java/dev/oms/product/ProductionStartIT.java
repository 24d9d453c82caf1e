package dev.oms.product;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.oms.product.support.CatalogTokens;
import dev.oms.product.support.PackagedInstance;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The packaged service in the prod profile: what it refuses to start with, and what its API port serves. */
class ProductionStartIT {

    @Test
    void refusesToStartOnTheDevelopmentKeyWithoutTheOptIn() throws Exception {
        var instance = new PackagedInstance("product-dev-key-refused");
        instance.start();
        try {
            assertThat(instance.awaitExit(Duration.ofSeconds(60))).isNotZero();
            assertThat(instance.log())
                    .contains("Refusing to start: the verification key is the development key of dev/jwt")
                    .contains("OMS_SECURITY_DEVELOPMENT_KEY_ALLOWED");
        } finally {
            instance.stop();
        }
    }

    @Test
    void withTheOptInItStartsHidesTheApiMapAndWantsTheOmsAudience() throws Exception {
        var instance = new PackagedInstance("product-prod-api", "-Doms.security.development-key-allowed=true");
        instance.start();
        try {
            instance.awaitReady();
            given().baseUri(instance.url()).get("/q/openapi").then().statusCode(404);
            given().baseUri(instance.url()).get("/q/swagger-ui/").then().statusCode(404);

            var sku = "AUD-" + UUID.randomUUID().toString().substring(0, 8);
            var body = """
                    {"sku":"%s","name":"Audience","category":"prod-start","price":5,"stock":1}
                    """.formatted(sku);
            given().baseUri(instance.url())
                    .auth()
                    .oauth2(CatalogTokens.DEV.forAudience("billing").token("admin", CatalogTokens.CATALOG_ADMIN))
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/products")
                    .then()
                    .statusCode(401);
            // the refused request added nothing: the same SKU is still free
            String id = given().baseUri(instance.url())
                    .auth()
                    .oauth2(CatalogTokens.catalogAdmin())
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/products")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            given().baseUri(instance.url())
                    .get("/api/products/" + id)
                    .then()
                    .statusCode(200)
                    .body("sku", equalTo(sku));
        } finally {
            instance.stop();
        }
    }
}
