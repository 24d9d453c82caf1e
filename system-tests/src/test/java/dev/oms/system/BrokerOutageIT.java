package dev.oms.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
}
