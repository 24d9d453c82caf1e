package dev.oms.product.query;

import static dev.oms.product.support.Catalog.addProduct;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.oms.events.EventEnvelope;
import dev.oms.events.product.ProductStockChanged;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The cache serialises a product once per version: every read of one version gets the very same bytes (no Jackson per
 * read), and a change makes new bytes once, which the following reads share again.
 */
@QuarkusTest
class ProductJsonOncePerVersionTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Inject
    ProductCache cache;

    @Inject
    ObjectMapper mapper;

    private CachedProduct read(UUID id) {
        return cache.byId(id).await().atMost(WAIT).orElseThrow();
    }

    @Test
    void readsOfOneVersionShareTheBytesAndAChangeMakesNewOnesOnce() throws Exception {
        var id = UUID.fromString(addProduct(7));
        // loaded by a request (the loader reads the database on the request's Vert.x context); from here on, hits
        given().get("/api/products/" + id).then().statusCode(200);

        var first = read(id);
        assertThat(read(id).json()).as("a second read of the same version").isSameAs(first.json());
        assertThat(new String(first.json(), StandardCharsets.UTF_8))
                .as("the bytes are the view as the application's Jackson writes it")
                .isEqualTo(mapper.writeValueAsString(first.view()));

        // the next change, as the event consumer applies it: the entry is replaced, its JSON written once
        var restock = EventEnvelope.wrap(
                new ProductStockChanged(id, 5, 12, "delivery", null),
                id.toString(),
                first.aggregateVersion() + 1,
                id.toString(),
                Instant.now());
        cache.apply(restock).await().atMost(WAIT);

        var changed = read(id);
        assertThat(changed.aggregateVersion()).isEqualTo(first.aggregateVersion() + 1);
        assertThat(changed.json()).isNotSameAs(first.json());
        assertThat(mapper.readTree(changed.json()).get("availableStock").asInt())
                .isEqualTo(12);
        assertThat(read(id).json()).isSameAs(changed.json());
    }

    @Test
    void readsOfACachedFirstPageShareItsBytes() {
        var category = "bytes-" + UUID.randomUUID().toString().substring(0, 8);
        dev.oms.product.support.Catalog.addProduct("Only", category, "3", 1);
        // cached by a request, as above
        given().queryParam("category", category).get("/api/products").then().statusCode(200);
        var query = new ProductListQuery(
                category, null, null, null, null, ProductSort.NAME, ProductSort.Direction.ASC, 20, null);

        var first = cache.list(query).await().atMost(WAIT);
        assertThat(new String(first, StandardCharsets.UTF_8)).contains("\"name\":\"Only\"");
        assertThat(cache.list(query).await().atMost(WAIT)).isSameAs(first);
    }
}
