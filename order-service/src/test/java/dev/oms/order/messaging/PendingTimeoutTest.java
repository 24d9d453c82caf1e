package dev.oms.order.messaging;

import static dev.oms.order.support.OrderApi.place;
import static dev.oms.order.support.OrderApi.read;
import static dev.oms.order.support.OrderApi.statusOf;
import static dev.oms.order.support.OrderApi.stockReserved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.oms.events.Exchanges;
import dev.oms.platform.testing.Broker;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An order that gets no stock answer (product-service down) is rejected after the pending timeout, and
 * OrderCancelled goes out so that anything reserved late is released; an answer arriving afterwards changes nothing.
 */
@QuarkusTest
@TestProfile(PendingTimeoutTest.ShortTimeout.class)
class PendingTimeoutTest {

    public static class ShortTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("oms.orders.pending-timeout", "PT2S", "oms.orders.pending-check-interval", "1s");
        }
    }

    @Test
    void anOrderWithoutAnswerIsRejectedAfterTheTimeoutAndItsStockReleased() throws Exception {
        try (var broker = new Broker()) {
            var cancellations = broker.listen(Exchanges.ORDER_EVENTS, "OrderCancelled");
            var productId = UUID.randomUUID();
            var orderId = place("customer-waiting", productId, 1);

            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(statusOf(orderId)).isEqualTo("REJECTED"));
            assertThat(read(orderId).getString("statusHistory[0].reason")).contains("no stock answer within PT2S");
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(cancellations)
                            .anySatisfy(body -> assertThat(body).contains(orderId)));

            stockReserved(broker, orderId, productId, 1);
            await().during(Duration.ofSeconds(2))
                    .atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> assertThat(statusOf(orderId)).isEqualTo("REJECTED"));
        }
    }
}
