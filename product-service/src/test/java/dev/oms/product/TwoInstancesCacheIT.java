package dev.oms.product;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.oms.product.support.CatalogTokens;
import dev.oms.product.support.PackagedInstance;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two product-service processes (the packaged runner jar) on one database and broker: a write through A is seen
 * through B, which had the product cached, within a bounded time. The cache TTL is set far beyond that bound, so only
 * the event can have refreshed B.
 */
class TwoInstancesCacheIT {

    // only events can refresh a cached entry within the test; the development key is allowed for this local run
    private static final String[] SETTINGS = {
        "-Doms.cache.product-ttl=1H", "-Doms.cache.list-ttl=1H", "-Doms.security.development-key-allowed=true"
    };
    private static final Duration SEEN_WITHIN = Duration.ofSeconds(10);

    private static PackagedInstance a;
    private static PackagedInstance b;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        assertThat(PackagedInstance.JAR)
                .as("the runner jar (package the service first)")
                .isRegularFile();
        a = new PackagedInstance("product-a", SETTINGS);
        b = new PackagedInstance("product-b", SETTINGS);
        a.start();
        b.start();
        a.awaitReady();
        b.awaitReady();
    }

    @AfterAll
    static void stopBoth() throws InterruptedException {
        if (a != null) {
            a.stop();
        }
        if (b != null) {
            b.stop();
        }
    }

    @Test
    void anUpdateThroughOneInstanceIsSeenThroughTheOther() {
        var sku = "TWO-" + UUID.randomUUID().toString().substring(0, 8);
        String id = asAdmin(a)
                .contentType(ContentType.JSON)
                .body("""
                        {"sku":"%s","name":"Before","category":"two-instances","price":5,"stock":3}
                        """.formatted(sku))
                .post("/api/products")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // B reads it (from the database, once it is there) and caches it
        await().atMost(SEEN_WITHIN)
                .untilAsserted(() -> assertThat(nameThrough(b, id)).isEqualTo("Before"));
        assertThat(nameThrough(b, id)).isEqualTo("Before");

        asAdmin(a)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body("""
                        {"sku":"%s","name":"After","category":"two-instances","price":6}
                        """.formatted(sku))
                .put("/api/products/" + id)
                .then()
                .statusCode(200);
        asAdmin(a)
                .contentType(ContentType.JSON)
                .body("{\"delta\": 4, \"reason\": \"delivery\"}")
                .post("/api/products/" + id + "/stock-adjustments")
                .then()
                .statusCode(200);

        await().atMost(SEEN_WITHIN).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            var product = given().baseUri(b.url())
                    .get("/api/products/" + id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(product.getString("name")).isEqualTo("After");
            assertThat(product.getInt("availableStock")).isEqualTo(7);
            // one edit: the details version; the restock after it leaves it as it is
            assertThat(product.getInt("version")).isEqualTo(1);
        });
    }

    private static RequestSpecification asAdmin(PackagedInstance instance) {
        return given().baseUri(instance.url()).auth().oauth2(CatalogTokens.catalogAdmin());
    }

    private static String nameThrough(PackagedInstance instance, String id) {
        return given().baseUri(instance.url())
                .get("/api/products/" + id)
                .then()
                .statusCode(200)
                .extract()
                .path("name");
    }
}
