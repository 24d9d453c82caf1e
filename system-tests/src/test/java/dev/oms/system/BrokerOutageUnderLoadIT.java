package dev.oms.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Scenario 4, the broker under load (issue 5: "RabbitMQ stopped for a while during a flow and started again: no event
 * lost, every order reaches a final state"): the broker stopped while orders are being placed and reserved, more
 * orders placed while it is away, then started again.
 *
 * <p>This scenario found a bug: an outbox row sent while the connection was down got neither a confirm nor a
 * failure, and the relay waited for it for ever. The relay now gives up on a confirm after
 * {@code oms.outbox.confirm-timeout}, backs off and publishes again once the broker is back.
 *
 * <p>The shared broker is never stopped (other builds use it): the services are moved, for this class only, to a
 * RabbitMQ node of its own ({@link PrivateBroker}), and moved back afterwards.
 */
@ExtendWith(SystemUnderTest.class)
@Order(Integer.MAX_VALUE)
class BrokerOutageUnderLoadIT {

    @RegisterExtension
    static final ABrokerOfItsOwn broker = ABrokerOfItsOwn.withTheServicesOnIt();

    private final String tag = Shop.tag();

    @Test
    void brokerStoppedDuringTheFlowAndStartedAgainLosesNoEventAndEveryOrderEndsFinal() throws Exception {
        var product = Shop.addProduct("RMQ-" + tag, "Rabbit plush", "rmq-" + tag, "15", 20);
        var placed = new ConcurrentHashMap<String, String>();
        ExecutorService clients = Executors.newFixedThreadPool(5);
        try {
            var work = new ArrayList<Future<?>>();
            for (int c = 0; c < 5; c++) {
                var customer = "rmq-" + tag + "-" + c;
                work.add(clients.submit(() -> {
                    for (int i = 0; i < 6; i++) {
                        var answer = Shop.place(customer, Map.of(product, 1), null);
                        assertThat(answer.status()).as("placing: %s", answer).isEqualTo(202);
                        placed.put(answer.id(), customer);
                    }
                    return null;
                }));
            }
            // stop the broker while those orders are being placed and reserved
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(5))
                    .until(() -> placed.size() >= 10);
            broker.stopApp();
            for (var future : work) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            clients.shutdownNow();
        }

        // a broker outage takes no replica out of service (issue 17): reads and commands need only the database
        assertThat(SystemUnderTest.productService().readiness()).isEqualTo(200);
        assertThat(SystemUnderTest.orderService().readiness()).isEqualTo(200);
        // what only needs the database still works: orders are taken, and wait
        for (int i = 0; i < 10; i++) {
            var answer = Shop.place("rmq-" + tag + "-late", Map.of(product, 1), null);
            assertThat(answer.status())
                    .as("placing while the broker is away: %s", answer)
                    .isEqualTo(202);
            placed.put(answer.id(), "rmq-" + tag + "-late");
        }
        // and a catalogue change, whose event product-service's relay must publish once the broker is back
        var restocked = Shop.addProduct("RMQ-" + tag + "-R", "Restocked plush", "rmq-" + tag, "15", 1);
        Api.products(Tokens.catalogAdmin())
                .contentType("application/json")
                .body("{\"delta\":2,\"reason\":\"x\"}")
                .post("/api/products/" + restocked + "/stock-adjustments")
                .then()
                .statusCode(200);
        var waiting = Shop.ordersIn("PENDING").size();
        System.out.printf("[broker] %d orders placed, %d PENDING while the broker is away%n", placed.size(), waiting);
        assertThat(waiting).isGreaterThanOrEqualTo(10);
        Invariants.assertHold();

        broker.startApp();
        await("both services ready again once the broker is back")
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> {
                    assertThat(SystemUnderTest.productService().readiness()).isEqualTo(200);
                    assertThat(SystemUnderTest.orderService().readiness()).isEqualTo(200);
                });
        Invariants.assertAtRest();

        assertThat(placed).hasSize(40);
        var statuses = new java.util.HashMap<String, String>();
        for (var customer : List.copyOf(new java.util.HashSet<>(placed.values()))) {
            Shop.ordersOf(customer).forEach(o -> statuses.put((String) o.get("id"), (String) o.get("status")));
        }
        assertThat(statuses.keySet()).containsExactlyInAnyOrderElementsOf(placed.keySet());
        assertThat(statuses.values().stream().filter("CONFIRMED"::equals).count())
                .isEqualTo(20);
        assertThat(statuses.values().stream().filter("REJECTED"::equals).count())
                .isEqualTo(20);
        assertThat(Shop.stock(product)).isZero();
    }
}
