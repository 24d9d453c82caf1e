package dev.oms.product.observability;

import static dev.oms.product.support.Catalog.productJson;
import static dev.oms.product.support.Catalog.uniqueSku;
import static dev.oms.product.support.CatalogTokens.asCatalogAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.oms.events.Exchanges;
import dev.oms.platform.testing.Broker;
import dev.oms.platform.testing.RecordedSpans;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One trace across the services: the trace a request or a message arrives with is stored with the outbox rows it
 * causes, leaves with the published events (W3C traceparent header), and is the parent of a consumer's handling.
 */
@QuarkusTest
class TracingTest {

    private static final String SENDER_SPAN = "00f067aa0ba902b7";

    @Inject
    RecordedSpans spans;

    @Inject
    DataSource dataSource;

    private Broker broker;
    private List<Broker.Delivery> published;

    @BeforeEach
    void connect() throws Exception {
        spans.record();
        broker = new Broker();
        published = broker.listenWithHeaders(Exchanges.PRODUCT_EVENTS, "#");
    }

    @AfterEach
    void disconnect() throws Exception {
        spans.stop();
        broker.close();
    }

    @Test
    void aCommandsEventCarriesTheTraceOfTheRequest() throws Exception {
        var traceId = newTraceId();

        String productId = asCatalogAdmin()
                .header("traceparent", traceParent(traceId))
                .contentType(ContentType.JSON)
                .body(productJson(uniqueSku("T"), 4))
                .post("/api/products")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        assertThat(storedTraceParent("ProductCreated", productId)).contains(traceId);
        var event = await().atMost(Duration.ofSeconds(15))
                .until(
                        () -> published.stream()
                                .filter(d -> d.body().contains("\"ProductCreated\"")
                                        && d.body().contains(productId))
                                .findFirst(),
                        found -> found.isPresent())
                .orElseThrow();
        assertThat(event.headers().get("traceparent"))
                .as("the publish span is in the request's trace")
                .startsWith("00-" + traceId + "-");
    }

    @Test
    void aCommandsEventCarriesTheTraceStateAndTheBaggageOfTheRequest() throws Exception {
        var traceId = newTraceId();

        String productId = asCatalogAdmin()
                .header("traceparent", traceParent(traceId))
                .header("tracestate", "vendor=opaque-1,other=2")
                .header("baggage", "tenant=acme,flow=tracing-test")
                .contentType(ContentType.JSON)
                .body(productJson(uniqueSku("T"), 4))
                .post("/api/products")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        var event = published("ProductCreated", productId);
        assertThat(event.headers().get("traceparent")).startsWith("00-" + traceId + "-");
        assertThat(event.headers().get("tracestate")).isEqualTo("vendor=opaque-1,other=2");
        assertThat(event.headers().get("baggage")).contains("tenant=acme").contains("flow=tracing-test");
    }

    @Test
    void anEventStoredBeforeTheTraceContextWasKeptLeavesInTheTraceOfItsTraceParent() throws Exception {
        var traceId = newTraceId();
        var eventId = UUID.randomUUID();
        var aggregateId = UUID.randomUUID().toString();
        try (var connection = dataSource.getConnection();
                var insert = connection.prepareStatement("""
                INSERT INTO catalog.outbox_event (event_id, event_type, aggregate_id, envelope, occurred_at,
                  trace_parent) VALUES (?, 'TracingProbe', ?, ?, ?, ?)""")) {
            insert.setObject(1, eventId);
            insert.setString(2, aggregateId);
            insert.setString(3, "{\"type\":\"TracingProbe\",\"aggregateId\":\"" + aggregateId + "\"}");
            insert.setObject(4, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC));
            insert.setString(5, traceParent(traceId));
            insert.executeUpdate();
        }

        var event = published("TracingProbe", aggregateId);
        assertThat(event.headers().get("traceparent")).startsWith("00-" + traceId + "-");
    }

    private Broker.Delivery published(String type, String containing) {
        return await().atMost(Duration.ofSeconds(15))
                .until(
                        () -> published.stream()
                                .filter(d -> d.body().contains("\"" + type + "\"")
                                        && d.body().contains(containing))
                                .findFirst(),
                        found -> found.isPresent())
                .orElseThrow();
    }

    @Test
    void aConsumedEventIsHandledInTheSendersTraceAndItsOutcomeLeavesInIt() throws Exception {
        String productId = asCatalogAdmin()
                .contentType(ContentType.JSON)
                .body(productJson(uniqueSku("T"), 4))
                .post("/api/products")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        var traceId = newTraceId();
        var orderId = UUID.randomUUID();

        broker.publish(
                Exchanges.ORDER_EVENTS,
                "OrderPlaced",
                orderPlaced(orderId, productId),
                Map.of("traceparent", traceParent(traceId)));

        var handling = await().atMost(Duration.ofSeconds(15))
                .until(() -> spanNamed("product-service.orders process OrderPlaced", traceId), found -> found != null);
        assertThat(handling.getAttributes().get(AttributeKey.stringKey("oms.event.type")))
                .isEqualTo("OrderPlaced");
        assertThat(spans.finished())
                .as("the connector's receive span, child of the sender's, is the handling's parent")
                .anySatisfy(receive -> {
                    assertThat(receive.getSpanId()).isEqualTo(handling.getParentSpanId());
                    assertThat(receive.getParentSpanId()).isEqualTo(SENDER_SPAN);
                });
        assertThat(storedTraceParent("StockReserved", orderId.toString())).contains(traceId);
        var outcome = await().atMost(Duration.ofSeconds(15))
                .until(
                        () -> published.stream()
                                .filter(d -> d.body().contains("\"StockReserved\"")
                                        && d.body().contains(orderId.toString()))
                                .findFirst(),
                        found -> found.isPresent())
                .orElseThrow();
        assertThat(outcome.headers().get("traceparent")).startsWith("00-" + traceId + "-");
    }

    private SpanData spanNamed(String name, String traceId) {
        return spans.finished().stream()
                .filter(span -> span.getName().equals(name) && span.getTraceId().equals(traceId))
                .findFirst()
                .orElse(null);
    }

    private String storedTraceParent(String type, String containing) throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("""
                SELECT trace_parent FROM catalog.outbox_event WHERE event_type = ? AND envelope LIKE ?""")) {
            statement.setString(1, type);
            statement.setString(2, "%" + containing + "%");
            try (var rows = statement.executeQuery()) {
                assertThat(rows.next())
                        .as("an outbox row %s about %s", type, containing)
                        .isTrue();
                return rows.getString(1);
            }
        }
    }

    private static String newTraceId() {
        var bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String traceParent(String traceId) {
        return "00-" + traceId + "-" + SENDER_SPAN + "-01";
    }

    private static String orderPlaced(UUID orderId, String productId) {
        return """
                {"eventId":"%s","type":"OrderPlaced","schemaVersion":1,"occurredAt":"%s","aggregateId":"%s",
                 "aggregateVersion":0,"correlationId":"%s","payload":{"orderId":"%s","customerId":"c-1",
                 "lines":[{"productId":"%s","quantity":1}]}}
                """.formatted(UUID.randomUUID(), Instant.now(), orderId, orderId, orderId, productId);
    }
}
