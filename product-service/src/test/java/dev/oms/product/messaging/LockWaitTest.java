package dev.oms.product.messaging;

import static dev.oms.product.messaging.StockReservationTest.orderPlaced;
import static dev.oms.product.support.Catalog.addProduct;
import static dev.oms.product.support.Catalog.stockOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.oms.events.Exchanges;
import dev.oms.events.Subscription;
import dev.oms.platform.testing.Broker;
import dev.oms.platform.testing.Metrics;
import dev.oms.platform.testing.PostgreSQLOnly;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A reservation that waits for a product row another session holds does not wait for ever: the server's lock
 * timeout ends the wait, the failure is transient, the consumer tries again, and once the row is free the order is
 * reserved: not dead-lettered, not requeued. (Here the limit is 1 s instead of the default 10 s.)
 */
@QuarkusTest
@TestProfile(LockWaitTest.ShortLockTimeout.class)
@PostgreSQLOnly // holds the row with FOR UPDATE; on SQL Server the limit is SET LOCK_TIMEOUT (SessionLimits)
class LockWaitTest {

    public static class ShortLockTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.reactive.additional-properties.lock_timeout", "1s");
        }
    }

    private static final String CONSUMER = Subscription.STOCK_REQUESTS.consumer();

    @Inject
    DataSource dataSource;

    private Broker broker;

    @BeforeEach
    void connect() throws Exception {
        broker = new Broker();
        broker.drain(Subscription.STOCK_REQUESTS.deadLetterQueue());
    }

    @AfterEach
    void disconnect() throws Exception {
        broker.close();
    }

    @Test
    void aLockWaitEndsAtTheServersLimitAndIsWaitedOutNotDeadLettered() throws Exception {
        var productId = addProduct(5);
        double waitedBefore = Metrics.consumed(CONSUMER, "waited-transient");
        double requeuedBefore = Metrics.consumed(CONSUMER, "requeued");

        try (var holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (var lock = holder.prepareStatement("SELECT stock FROM catalog.product WHERE id = ? FOR UPDATE")) {
                lock.setObject(1, UUID.fromString(productId));
                lock.executeQuery().close();
            }

            broker.publish(Exchanges.ORDER_EVENTS, "OrderPlaced", orderPlaced(UUID.randomUUID(), productId, 2));

            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(Metrics.consumed(CONSUMER, "waited-transient"))
                            .isGreaterThan(waitedBefore));
            assertThat(stockOf(productId)).isEqualTo(5);
            holder.commit();
        }

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(stockOf(productId)).isEqualTo(3));
        assertThat(Metrics.consumed(CONSUMER, "requeued")).isEqualTo(requeuedBefore);
        assertThat(broker.drain(Subscription.STOCK_REQUESTS.deadLetterQueue())).isEmpty();
    }
}
