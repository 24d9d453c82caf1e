package dev.oms.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.oms.events.Subscription;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Scenario 4, the broker: RabbitMQ stopped for 90 s and started again. Throughout, both services stay live and ready
 * (nothing restarts them, nothing stops routing to them), serve reads and take orders, whose events wait in the
 * outbox; once it is back they reconnect their consumers and publishers, declare their topology again, and the
 * orders taken meanwhile are confirmed. (The same outage in the middle of a flow, under load, is {@link BrokerOutageUnderLoadIT}.)
 *
 * <p>The shared broker is never stopped (other builds use it): the services are moved, for this class only, to a
 * RabbitMQ node of its own ({@link PrivateBroker}), and moved back afterwards.
 */
@ExtendWith(SystemUnderTest.class)
@Order(Integer.MAX_VALUE - 2)
class BrokerOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(90);

    @RegisterExtension
    static final ABrokerOfItsOwn broker = ABrokerOfItsOwn.withTheServicesOnIt();

    private final String tag = Shop.tag();

    /**
     * Issue 17: with the chart's liveness probe (3 x 10 s) a broker outage over 30 s used to restart every replica, and
     * readiness took the catalogue's reads out of service although they need no broker.
     */
    @Test
    void aNinetySecondBrokerOutageRestartsNothingKeepsReadsUpAndConfirmsTheOrdersTakenMeanwhile() {
        var product = Shop.addProduct("RMQ-" + tag, "Rabbit plush", "rmq-" + tag, "15", 10);
        for (int i = 0; i < 4; i++) {
            Shop.place("rmq-" + tag, Map.of(product, 1), null);
        }
        Invariants.assertAtRest();

        broker.stopApp();
        var during = new HashSet<String>();
        for (int i = 0; i < 6; i++) {
            var answer = Shop.place("rmq-" + tag + "-during", Map.of(product, 1), null);
            assertThat(answer.status())
                    .as("a command needs no broker: %s", answer)
                    .isEqualTo(202);
            during.add(answer.id());
        }
        await("for the whole outage: both services live and ready, the catalogue readable")
                .during(OUTAGE)
                .atMost(OUTAGE.plusSeconds(20))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> {
                    for (var service : List.of(SystemUnderTest.productService(), SystemUnderTest.orderService())) {
                        assertThat(service.liveness())
                                .as(service.name() + " live")
                                .isEqualTo(200);
                        assertThat(service.readiness())
                                .as(service.name() + " ready")
                                .isEqualTo(200);
                    }
                    assertThat(Shop.stock(product)).as("reads need no broker").isEqualTo(6);
                });
        assertThat(Shop.ordersIn("PENDING").stream().map(o -> (String) o.get("id")))
                .as("taken, waiting for the broker")
                .containsAll(during);
        Invariants.assertHold();

        broker.startApp();
        Invariants.assertAtRest();
        var statuses = new HashMap<String, String>();
        Shop.ordersOf("rmq-" + tag + "-during")
                .forEach(o -> statuses.put((String) o.get("id"), (String) o.get("status")));
        assertThat(statuses.keySet()).containsExactlyInAnyOrderElementsOf(during);
        assertThat(statuses.values()).as("confirmed once the broker is back").containsOnly("CONFIRMED");
        assertThat(Shop.stock(product)).isZero();
    }

    /**
     * After an outage each connection reconnects on its own clock, so a replica's cache consumer can be back after the
     * publishers: its queue must outlive its connection. Here only the cache consumer's connection is dropped, and
     * kept from coming back until the order it missed is confirmed. Its queue used to be exclusive and went with the
     * connection; the stock change was dropped, and the replica served the old stock until the cache's TTL (60 s).
     */
    @Test
    void aStockChangePublishedWhileTheCacheConsumerIsAwayStillReachesTheCache() {
        var product = Shop.addProduct("RMQ-" + tag + "-C", "Rabbit cushion", "rmq-" + tag, "9", 10);
        // a first order, so that every publisher has connected (they connect on first use) and the cache holds 9
        OrderLifecycleIT.awaitStatus(
                Shop.place("rmq-" + tag + "-cache", Map.of(product, 1), null).id(), "CONFIRMED");
        await("the first stock change in the cache")
                .atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(Shop.stock(product)).isEqualTo(9));

        broker.refuseNewConnections();
        try {
            broker.closeTheConnectionsConsumingFrom(Subscription.PRODUCT_CACHE.queue(""));
            var order = Shop.place("rmq-" + tag + "-cache", Map.of(product, 1), null);
            OrderLifecycleIT.awaitStatus(order.id(), "CONFIRMED");
        } finally {
            broker.acceptNewConnections();
        }

        await("the stock change applied to the cache once its consumer is back, well before the cache's TTL")
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(Shop.stock(product)).isEqualTo(8));
        Invariants.assertAtRest();
    }
}
