package dev.oms.product.observability;

import static dev.oms.platform.testing.Metrics.scrape;
import static dev.oms.platform.testing.Metrics.value;
import static dev.oms.platform.testing.Metrics.valueIn;
import static dev.oms.product.support.Catalog.addProduct;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.oms.events.Exchanges;
import dev.oms.events.Subscription;
import dev.oms.platform.testing.Broker;
import dev.oms.platform.testing.PostgreSQLOnly;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Prometheus endpoint after real work: it needs no token, HTTP series are per route template, and the counters
 * and gauges of the outbox, the consumers and the cache follow what happened.
 */
@QuarkusTest
class MetricsTest {

    private static final String CONSUMED = "oms_messages_consumed_total";
    private static final String ORDERS = Subscription.STOCK_REQUESTS.consumer();

    @Inject
    DataSource dataSource;

    private Broker broker;
    private List<String> outcomes;

    @BeforeEach
    void connect() throws Exception {
        broker = new Broker();
        outcomes = broker.listen(Exchanges.PRODUCT_EVENTS, "#");
    }

    @AfterEach
    void disconnect() throws Exception {
        broker.close();
    }

    @Test
    void theEndpointIsPublicEvenToABadToken() {
        given().get("/api/products?size=1").then().statusCode(200);

        var scraped = given().auth()
                .oauth2("not-a-token")
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(scraped).contains("# TYPE oms_outbox_pending gauge").contains("# TYPE http_server_requests_seconds");
    }

    @Test
    void requestsAreCountedPerRouteTemplateNotPerId() {
        var existing = addProduct(3);
        var unknown = UUID.randomUUID().toString();
        var before = value("http_server_requests_seconds_count", "uri", "/api/products/{id}", "method", "GET");

        given().get("/api/products/" + existing).then().statusCode(200);
        given().get("/api/products/" + unknown).then().statusCode(404);

        var scraped = scrape();
        assertThat(valueIn(scraped, "http_server_requests_seconds_count", "uri", "/api/products/{id}", "method", "GET"))
                .isEqualTo(before + 2);
        assertThat(valueIn(scraped, "http_server_requests_seconds_count", "uri", "/api/products/{id}", "status", "404"))
                .isPositive();
        assertThat(scraped).doesNotContain(existing).doesNotContain(unknown);
    }

    @Test
    void readsOfACachedProductAreHits() {
        var id = addProduct(3);
        var hits = value("cache_gets_total", "cache", "product-by-id", "result", "hit");
        var misses = value("cache_gets_total", "cache", "product-by-id", "result", "miss");

        for (int i = 0; i < 4; i++) {
            given().get("/api/products/" + id).then().statusCode(200);
        }

        var scraped = scrape();
        // the first read loads the entry (a miss), the other three find it
        assertThat(valueIn(scraped, "cache_gets_total", "cache", "product-by-id", "result", "miss"))
                .isGreaterThanOrEqualTo(misses + 1);
        assertThat(valueIn(scraped, "cache_gets_total", "cache", "product-by-id", "result", "hit"))
                .isGreaterThanOrEqualTo(hits + 3);
    }

    @Test
    void anOrderConsumedIsCountedAndItsOutcomePublished() throws Exception {
        var productId = addProduct(5);
        var orderId = UUID.randomUUID();
        var message = orderPlaced(UUID.randomUUID(), orderId, productId);
        var processed = value(CONSUMED, "consumer", ORDERS, "outcome", "processed");
        var duplicates = value(CONSUMED, "consumer", ORDERS, "outcome", "duplicate");
        var malformed = value(CONSUMED, "consumer", ORDERS, "outcome", "rejected-malformed");
        var reserved = value("oms_outbox_published_total", "type", "StockReserved");

        broker.publish(Exchanges.ORDER_EVENTS, "OrderPlaced", message);
        await().atMost(Duration.ofSeconds(15))
                .until(() ->
                        outcomes.stream().anyMatch(o -> o.contains("StockReserved") && o.contains(orderId.toString())));
        broker.publish(Exchanges.ORDER_EVENTS, "OrderPlaced", message);
        broker.publishRaw(Exchanges.ORDER_EVENTS, "OrderPlaced", "{not json".getBytes(StandardCharsets.UTF_8));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            var scraped = scrape();
            assertThat(valueIn(scraped, CONSUMED, "consumer", ORDERS, "outcome", "processed"))
                    .isEqualTo(processed + 1);
            assertThat(valueIn(scraped, CONSUMED, "consumer", ORDERS, "outcome", "duplicate"))
                    .isEqualTo(duplicates + 1);
            assertThat(valueIn(scraped, CONSUMED, "consumer", ORDERS, "outcome", "rejected-malformed"))
                    .isEqualTo(malformed + 1);
            assertThat(valueIn(scraped, "oms_outbox_published_total", "type", "StockReserved"))
                    .isEqualTo(reserved + 1);
        });
        broker.drain(Subscription.STOCK_REQUESTS.deadLetterQueue());
    }

    @Test
    void productEventsRefreshingTheCacheAreCounted() {
        var before = value(CONSUMED, "consumer", "product-service.cache", "outcome", "processed");

        addProduct(2);

        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(
                        () -> assertThat(value(CONSUMED, "consumer", "product-service.cache", "outcome", "processed"))
                                .isGreaterThanOrEqualTo(before + 1));
    }

    @Test
    @PostgreSQLOnly // holds the relay lock with FOR UPDATE
    void theBacklogGaugeCountsRowsTheRelayCannotPublishYet() throws Exception {
        await().atMost(Duration.ofSeconds(15)).until(() -> value("oms_outbox_pending") == 0);

        try (var relayLock = dataSource.getConnection()) {
            holdTheRelayLock(relayLock);
            insertPendingRows(2);

            await().atMost(Duration.ofSeconds(15)).until(() -> value("oms_outbox_pending") == 2);
            relayLock.rollback();
        }

        await().atMost(Duration.ofSeconds(15)).until(() -> value("oms_outbox_pending") == 0);
    }

    /** While this transaction holds the row, every relay skips its run: the outbox waits. */
    private static void holdTheRelayLock(Connection connection) throws Exception {
        connection.setAutoCommit(false);
        try (var statement = connection.createStatement()) {
            statement
                    .executeQuery("SELECT id FROM catalog.outbox_relay_lock WHERE id = 1 FOR UPDATE")
                    .close();
        }
    }

    /** Rows as a command would write them; their type is routed to no queue once published. */
    private void insertPendingRows(int count) throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("""
                INSERT INTO catalog.outbox_event (event_id, event_type, aggregate_id, envelope, occurred_at)
                VALUES (?, 'MetricsProbe', 'probe', '{}', ?)""")) {
            for (int i = 0; i < count; i++) {
                statement.setObject(1, UUID.randomUUID());
                statement.setObject(2, java.time.OffsetDateTime.now());
                statement.executeUpdate();
            }
        }
    }

    private static String orderPlaced(UUID eventId, UUID orderId, String productId) {
        return """
                {"eventId":"%s","type":"OrderPlaced","schemaVersion":1,"occurredAt":"%s","aggregateId":"%s",
                 "aggregateVersion":0,"correlationId":"%s","payload":{"orderId":"%s","customerId":"c-1",
                 "lines":[{"productId":"%s","quantity":1}]}}
                """.formatted(eventId, Instant.now(), orderId, orderId, orderId, productId);
    }
}
