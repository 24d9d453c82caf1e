package dev.oms.order.observability;

import static dev.oms.order.support.OrderApi.place;
import static dev.oms.order.support.OrderApi.statusOf;
import static dev.oms.order.support.OrderApi.stockReservedMessage;
import static dev.oms.order.support.OrderTokens.asCustomer;
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
 * One order, one trace: the trace a request or a message arrives with is stored with the outbox rows it causes,
 * leaves with the published events (W3C traceparent header), and is the parent of the consumer's handling.
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
        published = broker.listenWithHeaders(Exchanges.ORDER_EVENTS, "#");
    }

    @AfterEach
    void disconnect() throws Exception {
        spans.stop();
        broker.close();
    }

    @Test
    void anOrderPlacedCarriesTheTraceOfTheRequest() throws Exception {
        var traceId = newTraceId();

        String orderId = asCustomer("customer-trace")
                .header("traceparent", traceParent(traceId))
                .contentType(ContentType.JSON)
                .body("""
                        {"customerId":"customer-trace","lines":[{"productId":"%s","quantity":1}]}
                        """.formatted(UUID.randomUUID()))
                .post("/api/orders")
                .then()
                .statusCode(202)
                .extract()
                .path("id");

        assertThat(storedTraceParent("OrderPlaced", orderId)).startsWith("00-" + traceId + "-");
        var event = await().atMost(Duration.ofSeconds(15))
                .until(
                        () -> published.stream()
                                .filter(d -> d.body().contains("\"OrderPlaced\"")
                                        && d.body().contains(orderId))
                                .findFirst(),
                        found -> found.isPresent())
                .orElseThrow();
        assertThat(event.headers().get("traceparent"))
                .as("the publish span is in the request's trace")
                .startsWith("00-" + traceId + "-");
    }

    @Test
    void aStockOutcomeIsHandledInTheSendersTraceAndTheStatusChangeLeavesInIt() throws Exception {
        var productId = UUID.randomUUID();
        var orderId = place("customer-trace", productId, 1);
        var traceId = newTraceId();

        broker.publish(
                Exchanges.PRODUCT_EVENTS,
                "StockReserved",
                stockReservedMessage(orderId, productId, 1),
                Map.of("traceparent", traceParent(traceId)));

        await().atMost(Duration.ofSeconds(15)).until(() -> "CONFIRMED".equals(statusOf(orderId)));
        var handling = await().atMost(Duration.ofSeconds(15))
                .until(
                        () -> spanNamed("order-service.stock-outcomes process StockReserved", traceId),
                        found -> found != null);
        assertThat(handling.getAttributes().get(AttributeKey.stringKey("oms.event.type")))
                .isEqualTo("StockReserved");
        assertThat(spans.finished())
                .as("the connector's receive span, child of the sender's, is the handling's parent")
                .anySatisfy(receive -> {
                    assertThat(receive.getSpanId()).isEqualTo(handling.getParentSpanId());
                    assertThat(receive.getParentSpanId()).isEqualTo(SENDER_SPAN);
                });
        assertThat(storedTraceParent("OrderStatusChanged", orderId)).startsWith("00-" + traceId + "-");
        var statusChanged = await().atMost(Duration.ofSeconds(15))
                .until(
                        () -> published.stream()
                                .filter(d -> d.body().contains("\"OrderStatusChanged\"")
                                        && d.body().contains(orderId))
                                .findFirst(),
                        found -> found.isPresent())
                .orElseThrow();
        assertThat(statusChanged.headers().get("traceparent")).startsWith("00-" + traceId + "-");
    }

    private SpanData spanNamed(String name, String traceId) {
        return spans.finished().stream()
                .filter(span -> span.getName().equals(name) && span.getTraceId().equals(traceId))
                .findFirst()
                .orElse(null);
    }

    private String storedTraceParent(String type, String aggregateId) throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("""
                SELECT trace_parent FROM ordering.outbox_event WHERE event_type = ? AND aggregate_id = ?""")) {
            statement.setString(1, type);
            statement.setString(2, aggregateId);
            try (var rows = statement.executeQuery()) {
                assertThat(rows.next())
                        .as("an outbox row %s of %s", type, aggregateId)
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
}
