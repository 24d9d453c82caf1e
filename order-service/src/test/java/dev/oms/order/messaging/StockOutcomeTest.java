package dev.oms.order.messaging;

import static dev.oms.order.support.OrderApi.place;
import static dev.oms.order.support.OrderApi.read;
import static dev.oms.order.support.OrderApi.statusOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.oms.events.Exchanges;
import dev.oms.order.support.OrderApi;
import dev.oms.platform.testing.Broker;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The order side of the event path over the real broker: OrderPlaced goes out, the stock outcome comes back.
 * Product-service never runs in these tests: placing an order does not need it, the order waits PENDING for its
 * answer.
 */
@QuarkusTest
class StockOutcomeTest {

    private Broker broker;
    private List<String> placed;

    @BeforeEach
    void connect() throws Exception {
        broker = new Broker();
        placed = broker.listen(Exchanges.ORDER_EVENTS, "OrderPlaced");
    }

    @AfterEach
    void disconnect() throws Exception {
        broker.close();
    }

    @Test
    void aPlacedOrderIsPublishedWaitsPendingAndIsConfirmedAtCataloguePricesWhenStockReservedArrives() throws Exception {
        var productId = UUID.randomUUID();
        var orderId = place("customer-9", productId, 2);

        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(placed)
                        .anySatisfy(body -> assertThat(body)
                                .contains("\"type\":\"OrderPlaced\"")
                                .contains(orderId)
                                .contains(productId.toString())));
        // Published, and nobody has answered: the order is simply pending, with no prices yet.
        var pending = read(orderId);
        assertThat(pending.getString("status")).isEqualTo("PENDING");
        assertThat(pending.getString("total")).isNull();
        assertThat(pending.getList("statusHistory")).isEmpty();

        OrderApi.stockReserved(broker, orderId, productId, 2);

        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(statusOf(orderId)).isEqualTo("CONFIRMED"));
        var order = read(orderId);
        assertThat(order.getString("lines[0].name")).isEqualTo("Keyboard");
        assertThat(order.getDouble("lines[0].unitPrice")).isEqualTo(25.5);
        assertThat(order.getDouble("lines[0].lineTotal")).isEqualTo(51.0);
        assertThat(order.getDouble("total")).isEqualTo(51.0);
        assertThat(order.getString("currency")).isEqualTo("EUR");
        assertThat(order.getString("statusHistory[0].from")).isEqualTo("PENDING");
        assertThat(order.getString("statusHistory[0].to")).isEqualTo("CONFIRMED");
        assertThat(order.getString("statusHistory[0].reason")).isEqualTo("stock reserved");
    }

    @Test
    void aPlacedOrderIsRejectedByStockRejectedWithTheReasonInItsHistory() throws Exception {
        var productId = UUID.randomUUID();
        var orderId = place("customer-9", productId, 5);

        OrderApi.stockRejected(broker, orderId, productId, 5);

        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(statusOf(orderId)).isEqualTo("REJECTED"));
        assertThat(read(orderId).getString("statusHistory[0].reason"))
                .contains(productId.toString())
                .contains("INSUFFICIENT_STOCK");
    }

    @Test
    void cancellingAConfirmedOrderPublishesOrderCancelledSoTheStockComesBack() throws Exception {
        var cancelled = broker.listen(Exchanges.ORDER_EVENTS, "OrderCancelled");
        var changed = broker.listen(Exchanges.ORDER_EVENTS, "OrderStatusChanged");
        var productId = UUID.randomUUID();
        var orderId = place("customer-9", productId, 1);
        OrderApi.stockReserved(broker, orderId, productId, 1);
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(statusOf(orderId)).isEqualTo("CONFIRMED"));

        OrderApi.changeStatus(orderId, "CANCELLED", "customer called").then().statusCode(200);

        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(cancelled)
                        .singleElement()
                        .satisfies(body -> assertThat(body)
                                .contains("\"type\":\"OrderCancelled\"")
                                .contains("\"orderId\":\"" + orderId + "\"")
                                .contains("customer called")));
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(changed)
                        .filteredOn(body -> body.contains(orderId))
                        .anySatisfy(body -> assertThat(body)
                                .contains("\"from\":\"PENDING\"")
                                .contains("\"to\":\"CONFIRMED\""))
                        .anySatisfy(body -> assertThat(body)
                                .contains("\"from\":\"CONFIRMED\"")
                                .contains("\"to\":\"CANCELLED\"")));
    }

    @Test
    void aStockOutcomeForAnOrderCancelledMeanwhileLeavesItCancelled() throws Exception {
        var cancelled = broker.listen(Exchanges.ORDER_EVENTS, "OrderCancelled");
        var productId = UUID.randomUUID();
        var orderId = place("customer-9", productId, 1);
        OrderApi.changeStatus(orderId, "CANCELLED", "too slow").then().statusCode(200);
        // Product-service may already be reserving: OrderCancelled tells it to give the stock back.
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(cancelled)
                        .anySatisfy(body -> assertThat(body).contains(orderId)));

        OrderApi.stockReserved(broker, orderId, productId, 1);
        var marker = place("customer-9", productId, 1);
        OrderApi.stockReserved(broker, marker, productId, 1);

        // The outcomes are consumed in order: once the later one is through, the first one has been seen too.
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(statusOf(marker)).isEqualTo("CONFIRMED"));
        var order = read(orderId);
        assertThat(order.getString("status")).isEqualTo("CANCELLED");
        assertThat(order.getString("total")).as("never priced").isNull();
        assertThat(order.getList("statusHistory")).hasSize(1);
    }
}
