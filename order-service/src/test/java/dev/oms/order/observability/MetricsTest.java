package dev.oms.order.observability;

import static dev.oms.order.support.OrderApi.place;
import static dev.oms.order.support.OrderApi.statusOf;
import static dev.oms.order.support.OrderApi.stockReservedMessage;
import static dev.oms.order.support.OrderTokens.asFulfilment;
import static dev.oms.platform.testing.Metrics.scrape;
import static dev.oms.platform.testing.Metrics.value;
import static dev.oms.platform.testing.Metrics.valueIn;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.oms.events.Exchanges;
import dev.oms.events.Subscription;
import dev.oms.order.domain.OrderStatus;
import dev.oms.platform.testing.Broker;
import dev.oms.platform.testing.PostgreSQLOnly;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The Prometheus endpoint after real work: it needs no token, HTTP series are per route template, and the counters
 * and gauges of the outbox, the consumer and the orders follow what happened.
 */
@QuarkusTest
class MetricsTest {

    private static final String CONSUMED = "oms_messages_consumed_total";
    private static final String STOCK_OUTCOMES = Subscription.STOCK_OUTCOMES.consumer();

    @Inject
    DataSource dataSource;

    @Test
    void theEndpointIsPublicEvenToABadToken() {
        var scraped = given().auth()
                .oauth2("not-a-token")
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(scraped).contains("# TYPE oms_outbox_pending gauge").contains("# TYPE oms_orders gauge");
    }

    @Test
    void requestsAreCountedPerRouteTemplateNotPerId() {
        var orderId = place("customer-metrics", UUID.randomUUID(), 1);
        var unknown = UUID.randomUUID().toString();
        var before = value("http_server_requests_seconds_count", "uri", "/api/orders/{id}", "method", "GET");

        asFulfilment().get("/api/orders/" + orderId).then().statusCode(200);
        asFulfilment().get("/api/orders/" + unknown).then().statusCode(404);

        var scraped = scrape();
        assertThat(valueIn(scraped, "http_server_requests_seconds_count", "uri", "/api/orders/{id}", "method", "GET"))
                .isEqualTo(before + 2);
        assertThat(valueIn(scraped, "http_server_requests_seconds_count", "uri", "/api/orders", "method", "POST"))
                .isPositive();
        assertThat(scraped).doesNotContain(orderId).doesNotContain(unknown);
    }

    @Test
    void anOrderPlacedAndConfirmedMovesThePublishedAndConsumedCounters() throws Exception {
        var placed = value("oms_outbox_published_total", "type", "OrderPlaced");
        var processed = value(CONSUMED, "consumer", STOCK_OUTCOMES, "outcome", "processed");
        var duplicates = value(CONSUMED, "consumer", STOCK_OUTCOMES, "outcome", "duplicate");
        var productId = UUID.randomUUID();

        var orderId = place("customer-metrics", productId, 2);
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(value("oms_outbox_published_total", "type", "OrderPlaced"))
                        .isEqualTo(placed + 1));
        var outcome = stockReservedMessage(orderId, productId, 2);
        try (var broker = new Broker()) {
            broker.publish(Exchanges.PRODUCT_EVENTS, "StockReserved", outcome);
            await().atMost(Duration.ofSeconds(15)).until(() -> "CONFIRMED".equals(statusOf(orderId)));
            broker.publish(Exchanges.PRODUCT_EVENTS, "StockReserved", outcome);
        }

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            var scraped = scrape();
            // every outcome of the consumer in the message: a rare failure here (CI, 2026-12-05) did not say which
            var outcomes = consumedLines(scraped);
            assertThat(valueIn(scraped, CONSUMED, "consumer", STOCK_OUTCOMES, "outcome", "processed"))
                    .as("processed, %s", outcomes)
                    .isEqualTo(processed + 1);
            assertThat(valueIn(scraped, CONSUMED, "consumer", STOCK_OUTCOMES, "outcome", "duplicate"))
                    .as("duplicate, %s", outcomes)
                    .isEqualTo(duplicates + 1);
            assertThat(valueIn(scraped, "oms_outbox_published_total", "type", "OrderStatusChanged"))
                    .isPositive();
        });
    }

    @Test
    void theOrderGaugesAgreeWithTheReadModel() throws Exception {
        place("customer-metrics", UUID.randomUUID(), 1);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            var inDatabase = ordersByStatus();
            var scraped = scrape();
            for (var status : OrderStatus.values()) {
                assertThat(valueIn(scraped, "oms_orders", "status", status.name()))
                        .as(status.name())
                        .isEqualTo(inDatabase.getOrDefault(status.name(), 0L).doubleValue());
            }
            assertThat(valueIn(scraped, "oms_orders", "status", "PENDING")).isPositive();
        });
    }

    @Test
    @PostgreSQLOnly // holds the relay lock with FOR UPDATE
    void theBacklogGaugesCountAndAgeRowsTheRelayCannotPublishYet() throws Exception {
        await().atMost(Duration.ofSeconds(15)).until(() -> value("oms_outbox_pending") == 0);
        assertThat(value("oms_outbox_oldest_age_seconds")).isZero();

        try (var relayLock = dataSource.getConnection()) {
            holdTheRelayLock(relayLock);
            insertPendingRows(2);

            await().atMost(Duration.ofSeconds(15)).until(() -> value("oms_outbox_pending") == 2);
            await().atMost(Duration.ofSeconds(15)).until(() -> value("oms_outbox_oldest_age_seconds") >= 1);
            relayLock.rollback();
        }

        await().atMost(Duration.ofSeconds(15)).until(() -> value("oms_outbox_pending") == 0);
        await().atMost(Duration.ofSeconds(15)).until(() -> value("oms_outbox_oldest_age_seconds") == 0);
    }

    @Test
    void theBrokerIsAMetricNotAHealthCheck() {
        await().atMost(Duration.ofSeconds(15)).until(() -> value("oms_broker_reachable") == 1);
        // liveness: the connector's own check, with no channel in it (each channel's health is off), so no outage
        // of the broker or the database can fail it
        given().get("/q/health/live")
                .then()
                .statusCode(200)
                .body("checks.data", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.nullValue()));
        // readiness: the database; the connector's check again has no channel in it
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body(
                        "checks.name",
                        org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsStringIgnoringCase("connections")))
                .body(
                        "checks.findAll { it.name.contains('Messaging') }.data",
                        org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.nullValue()));
    }

    private static String consumedLines(String scraped) {
        return scraped.lines()
                .filter(line -> line.startsWith(CONSUMED + "{") && line.contains(STOCK_OUTCOMES))
                .toList()
                .toString();
    }

    private Map<String, Long> ordersByStatus() throws Exception {
        var counts = new HashMap<String, Long>();
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery(
                        "SELECT status, COUNT(*) FROM ordering.customer_order GROUP BY status")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }

    /** While this transaction holds the row, every relay skips its run: the outbox waits. */
    private static void holdTheRelayLock(Connection connection) throws Exception {
        connection.setAutoCommit(false);
        try (var statement = connection.createStatement()) {
            statement
                    .executeQuery("SELECT id FROM ordering.outbox_relay_lock WHERE id = 1 FOR UPDATE")
                    .close();
        }
    }

    /** Rows as a command would write them; their type is routed to no queue once published. */
    private void insertPendingRows(int count) throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("""
                INSERT INTO ordering.outbox_event (event_id, event_type, aggregate_id, envelope, occurred_at)
                VALUES (?, 'MetricsProbe', 'probe', '{}', ?)""")) {
            for (int i = 0; i < count; i++) {
                statement.setObject(1, UUID.randomUUID());
                statement.setObject(2, OffsetDateTime.now());
                statement.executeUpdate();
            }
        }
    }
}
