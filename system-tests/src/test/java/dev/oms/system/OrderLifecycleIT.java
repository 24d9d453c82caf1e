package dev.oms.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario 2: an order's life as customers and fulfilment staff live it, across both services: confirmed at the
 * catalogue's prices, shipped, delivered; rejected beyond the stock; cancelled with its stock given back; and moves
 * the state machine forbids refused with 409, changing nothing.
 */
@ExtendWith(SystemUnderTest.class)
class OrderLifecycleIT {

    private final String tag = Shop.tag();
    private final String customer = "life-" + tag;

    @Test
    void placedConfirmedAtCataloguePricesShippedDeliveredRejectedBeyondStockCancelledWithStockBack() {
        var mug = Shop.addProduct("LIFE-" + tag + "-M", "Mug", "life-" + tag, "12.50", 10);
        var spoon = Shop.addProduct("LIFE-" + tag + "-S", "Spoon", "life-" + tag, "3.20", 5);

        var lines = new LinkedHashMap<String, Integer>();
        lines.put(mug, 2);
        lines.put(spoon, 1);
        var placed = Shop.place(customer, lines, null);
        assertThat(placed.status()).as("placing %s", placed).isEqualTo(202);
        assertThat(placed.json().getString("status")).isEqualTo("PENDING");
        var delivered = placed.id();
        var order = awaitStatus(delivered, "CONFIRMED");
        assertThat(order.getDouble("total")).isEqualTo(28.20);
        assertThat(order.getString("currency")).isEqualTo("EUR");
        assertThat(order.getList("lines.name")).containsExactlyInAnyOrder("Mug", "Spoon");
        assertThat(order.getDouble("lines.find { it.productId == '" + mug + "' }.unitPrice"))
                .isEqualTo(12.50);
        assertThat(order.getDouble("lines.find { it.productId == '" + mug + "' }.lineTotal"))
                .isEqualTo(25.00);
        assertThat(Shop.stock(mug)).isEqualTo(8);
        assertThat(Shop.stock(spoon)).isEqualTo(4);

        // a later price change does not reach an order already priced
        var etag = Api.products().get("/api/products/" + mug).then().extract().header("ETag");
        Api.products(Tokens.catalogAdmin())
                .contentType("application/json")
                .header("If-Match", etag)
                .body("""
                        {"sku":"LIFE-%s-M","name":"Mug","category":"life-%s","price":99}
                        """.formatted(tag, tag))
                .put("/api/products/" + mug)
                .then()
                .statusCode(200);

        assertThat(Shop.changeStatus(delivered, "SHIPPED").status()).isEqualTo(200);
        assertThat(Shop.changeStatus(delivered, "DELIVERED").status()).isEqualTo(200);
        order = Shop.order(delivered);
        assertThat(order.getString("status")).isEqualTo("DELIVERED");
        assertThat(order.getDouble("total")).isEqualTo(28.20);
        assertThat(order.getList("statusHistory.to")).containsExactly("CONFIRMED", "SHIPPED", "DELIVERED");

        // forbidden: a delivered order cannot be cancelled, nor shipped again; nothing changes, no stock comes back
        assertConflict(Shop.changeStatus(delivered, "CANCELLED"), "DELIVERED");
        assertConflict(Shop.changeStatus(delivered, "SHIPPED"), "DELIVERED");
        assertThat(Shop.order(delivered).getInt("version")).isEqualTo(order.getInt("version"));
        assertThat(Shop.stock(mug)).isEqualTo(8);

        // beyond the stock: rejected, nothing taken, and a rejected order cannot move on
        var tooMany = Shop.place(customer, Map.of(mug, 9), null).id();
        var rejected = awaitStatus(tooMany, "REJECTED");
        assertThat(rejected.getString("statusHistory[0].reason")).contains("INSUFFICIENT_STOCK");
        assertThat(rejected.getString("total")).isNull();
        assertThat(Shop.stock(mug)).isEqualTo(8);
        assertConflict(Shop.changeStatus(tooMany, "SHIPPED"), "REJECTED");

        // cancelled by its customer once confirmed: the stock comes back, exactly once
        var cancelled = Shop.place(customer, Map.of(mug, 3, spoon, 4), null).id();
        awaitStatus(cancelled, "CONFIRMED");
        assertThat(Shop.stock(mug)).isEqualTo(5);
        assertThat(Shop.stock(spoon)).isEqualTo(0);
        assertThat(Shop.cancel(customer, cancelled).status()).isEqualTo(200);
        await("the stock of cancelled order " + cancelled + " back")
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> {
                    assertThat(Shop.stock(mug)).isEqualTo(8);
                    assertThat(Shop.stock(spoon)).isEqualTo(4);
                });
        assertConflict(Shop.changeStatus(cancelled, "SHIPPED"), "CANCELLED");
        assertConflict(Shop.changeStatus(cancelled, "CANCELLED"), "CANCELLED");

        assertThat(Shop.ordersOf(customer))
                .extracting(o -> o.get("id") + "=" + o.get("status"))
                .containsExactlyInAnyOrder(delivered + "=DELIVERED", tooMany + "=REJECTED", cancelled + "=CANCELLED");
        Invariants.assertAtRest();
        assertThat(Shop.stock(mug)).isEqualTo(8);
        assertThat(Shop.stock(spoon)).isEqualTo(4);
    }

    static io.restassured.path.json.JsonPath awaitStatus(String orderId, String status) {
        await("order " + orderId + " " + status)
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() ->
                        assertThat(Shop.order(orderId).getString("status")).isEqualTo(status));
        return Shop.order(orderId);
    }

    private static void assertConflict(Shop.Answer answer, String currentStatus) {
        assertThat(answer.status()).as("%s", answer).isEqualTo(409);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().getString("currentStatus")).isEqualTo(currentStatus);
    }
}
