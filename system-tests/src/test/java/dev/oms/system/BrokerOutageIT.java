package dev.oms.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario 4, the broker: RabbitMQ stopped and started again. While it is away both services report not ready (so a
 * load balancer stops sending them traffic) and still serve what needs only their database; once it is back they are
 * ready again, have reconnected their consumers and publishers and declared their topology again, and the order flow
 * works end to end. (The same outage in the middle of a flow, under load, is {@link BrokerOutageUnderLoadIT}.)
 *
 * <p>The shared broker is never stopped (other builds use it): the services are moved, for this class only, to a
 * RabbitMQ node of its own ({@link PrivateBroker}), and moved back afterwards.
 */
@ExtendWith(SystemUnderTest.class)
@Order(Integer.MAX_VALUE - 2)
class BrokerOutageIT {

    private static PrivateBroker broker;

    private final String tag = Shop.tag();

    @BeforeAll
    static void moveToABrokerOfOurOwn() {
        if (SystemUnderTest.startedHere()) {
            broker = PrivateBroker.startAndMoveTheServicesOnto();
        }
    }

    @BeforeEach
    void needsTheServicesAsProcesses() {
        SystemUnderTest.assumeStartedHere(); // reported as skipped against a deployment given by URL
    }

    @AfterAll
    static void moveBack() {
        if (broker != null) {
            broker.moveTheServicesBackAndClose();
        }
    }

    @Test
    void servicesReportNotReadyWhileTheBrokerIsAwayAndCarryOnWhenItIsBack() {
        var product = Shop.addProduct("RMQ-" + tag, "Rabbit plush", "rmq-" + tag, "15", 10);
        var before = new HashMap<String, String>();
        for (int i = 0; i < 4; i++) {
            before.put(Shop.place("rmq-" + tag, Map.of(product, 1), null).id(), "rmq-" + tag);
        }
        Invariants.assertAtRest();

        broker.stopApp();
        await("both services report not ready while the broker is away")
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> {
                    assertThat(SystemUnderTest.productService().readiness()).isEqualTo(503);
                    assertThat(SystemUnderTest.orderService().readiness()).isEqualTo(503);
                });
        assertThat(Shop.stock(product)).as("reads need no broker").isEqualTo(6);
        assertThat(Shop.order(before.keySet().iterator().next()).getString("status"))
                .isEqualTo("CONFIRMED");
        Invariants.assertHold();

        broker.startApp();
        await("both services ready again once the broker is back")
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> {
                    assertThat(SystemUnderTest.productService().readiness()).isEqualTo(200);
                    assertThat(SystemUnderTest.orderService().readiness()).isEqualTo(200);
                });

        var after = new HashMap<String, String>();
        for (int i = 0; i < 10; i++) {
            after.put(
                    Shop.place("rmq-" + tag + "-after", Map.of(product, 1), null)
                            .id(),
                    "");
        }
        Invariants.assertAtRest();
        var statuses = new HashMap<String, String>();
        Shop.ordersOf("rmq-" + tag + "-after")
                .forEach(o -> statuses.put((String) o.get("id"), (String) o.get("status")));
        assertThat(statuses.keySet()).containsExactlyInAnyOrderElementsOf(after.keySet());
        assertThat(statuses.values().stream().filter("CONFIRMED"::equals).count())
                .isEqualTo(6);
        assertThat(statuses.values().stream().filter("REJECTED"::equals).count())
                .isEqualTo(4);
        assertThat(Shop.stock(product)).isZero();
    }
}
