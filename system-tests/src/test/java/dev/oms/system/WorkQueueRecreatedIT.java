package dev.oms.system;

import static dev.oms.events.Subscription.STOCK_REQUESTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.oms.events.Exchanges;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 17: "a work queue deleted and recreated while orders flow loses nothing". While orders are being placed,
 * product-service's work queue is unbound, drained by its consumer and deleted, as the runbook says. The events
 * published meanwhile reach no queue, so order-service's exchange hands them to its alternate exchange, and they wait
 * in {@code oms.order-events.unrouted}. product-service restarted declares its queue again, the operator replays the
 * unrouted events through order-service's admin endpoint, and every order is confirmed.
 *
 * <p>On a RabbitMQ node of its own ({@link PrivateBroker}): the queues of the shared broker are never deleted.
 */
@ExtendWith(SystemUnderTest.class)
@Order(Integer.MAX_VALUE - 4)
class WorkQueueRecreatedIT {

    private static final String UNROUTED = Exchanges.unroutedOf(Exchanges.ORDER_EVENTS);

    @RegisterExtension
    static final ABrokerOfItsOwn broker = ABrokerOfItsOwn.withTheServicesOnIt();

    private final String tag = Shop.tag();

    @Test
    void aWorkQueueDeletedAndRecreatedWhileOrdersFlowLosesNoOrder() throws Exception {
        var product = Shop.addProduct("WQ-" + tag, "Queue cushion", "wq-" + tag, "4", 100);
        var placed = new ConcurrentHashMap<String, String>();
        try (var rabbit = Broker.connect(broker.address())) {
            var clients = Executors.newFixedThreadPool(4);
            try {
                var work = new ArrayList<Future<?>>();
                for (int c = 0; c < 4; c++) {
                    var customer = "wq-" + tag + "-" + c;
                    work.add(clients.submit(() -> {
                        for (int i = 0; i < 8; i++) {
                            placed.put(placeOne(customer, product), customer);
                        }
                        return null;
                    }));
                }
                await().atMost(Duration.ofSeconds(30))
                        .pollInterval(Duration.ofMillis(5))
                        .until(() -> placed.size() >= 6);
                // as the runbook says: unbind it, so that what comes now waits as unrouted, let its consumer finish
                // what it holds, then delete it
                rabbit.unbind(Broker.PRODUCT_ORDERS_QUEUE, Broker.ORDER_EVENTS, STOCK_REQUESTS.routingKeys());
                await("product-service's work queue drained")
                        .atMost(Duration.ofSeconds(30))
                        .until(() -> messagesIn(Broker.PRODUCT_ORDERS_QUEUE) == 0);
                rabbit.delete(Broker.PRODUCT_ORDERS_QUEUE);
                for (var future : work) {
                    future.get(60, TimeUnit.SECONDS);
                }
            } finally {
                clients.shutdownNow();
            }
            // with the queue gone for certain: these orders' events reach no queue
            for (int i = 0; i < 4; i++) {
                placed.put(placeOne("wq-" + tag + "-late", product), "wq-" + tag + "-late");
            }
            await("the events no queue took kept as unrouted")
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> rabbit.depth(UNROUTED) >= 4);
            System.out.printf(
                    "[work queue] %d orders placed, %d events unrouted%n", placed.size(), rabbit.depth(UNROUTED));

            SystemUnderTest.startAgain(SystemUnderTest.productService()); // declares its work queue again
            await("product-service consuming its work queue again")
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> rabbit.consumers(Broker.PRODUCT_ORDERS_QUEUE) > 0);
            var replayed = new AtomicInteger();
            // the relay may still be sending the last of them: replay until none is left
            await("every unrouted event replayed")
                    .atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        replayed.addAndGet(replayUnrouted());
                        return rabbit.depth(UNROUTED) == 0;
                    });
            assertThat(replayed.get()).isGreaterThanOrEqualTo(4);
        }

        await("every order confirmed")
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(placed.keySet())
                        .allSatisfy(id -> assertThat(Shop.order(id).getString("status"))
                                .as(id)
                                .isEqualTo("CONFIRMED")));
        assertThat(placed).hasSize(36);
        assertThat(Shop.stock(product)).isEqualTo(100 - 36);
        Invariants.assertAtRest();
    }

    /** Ready and unacknowledged, as the broker counts them. */
    private static long messagesIn(String queue) {
        return broker.rabbitmqctl("list_queues", "-q", "--no-table-headers", "name", "messages")
                .lines()
                .map(line -> line.split("\\s+"))
                .filter(columns -> columns.length == 2 && columns[0].equals(queue))
                .mapToLong(columns -> Long.parseLong(columns[1]))
                .findFirst()
                .orElseThrow(() -> new AssertionError(queue + " is not on the broker"));
    }

    private static int replayUnrouted() {
        var replay = Shop.send(
                "POST",
                SystemUnderTest.orderUrl() + "/admin/dead-letters/" + UNROUTED + "/replay",
                Tokens.token("ops-1", "operator"),
                null,
                Map.of());
        assertThat(replay.status()).as("replay: %s", replay).isEqualTo(200);
        return replay.json().getInt("replayed");
    }

    private static String placeOne(String customer, String product) {
        var answer = Shop.place(customer, Map.of(product, 1), null);
        assertThat(answer.status()).as("placing: %s", answer).isEqualTo(202);
        return answer.id();
    }
}
