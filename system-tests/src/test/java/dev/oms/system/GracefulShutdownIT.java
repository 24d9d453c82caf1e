package dev.oms.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 19: a service told to stop (SIGTERM, as Kubernetes and docker compose stop a container) while 240 orders flow
 * cuts nothing. Requests reach the stopping service only through a router that, like a load balancer, sends them
 * only while the service's readiness is UP; every request it routed is answered, none reset, none with a 5xx. The
 * service finishes the messages it holds before it goes (its log says none was left). After its restart every order
 * is final, none lost and none doubled (one order per Idempotency-Key), the stock adds up and nothing is
 * dead-lettered.
 */
@ExtendWith(SystemUnderTest.class)
@Order(Integer.MAX_VALUE - 1)
class GracefulShutdownIT {

    private static final int ORDERS = 240;
    private static final int CLIENTS = 12;

    @BeforeEach
    void needsTheServicesAsProcesses() {
        SystemUnderTest.assumeStartedHere(); // reported as skipped against a deployment given by URL
    }

    @ParameterizedTest(name = "{0} stopped")
    @ValueSource(strings = {"order-service", "product-service"})
    void aServiceStoppedWhileOrdersFlowCutsNoRequestAndLosesNoOrder(String stopping) throws Exception {
        var service =
                stopping.equals("order-service") ? SystemUnderTest.orderService() : SystemUnderTest.productService();
        var tag = Shop.tag();
        var product = Shop.addProduct("STOP-" + tag, "Graceful mug", "stop-" + tag, "7", ORDERS);
        var orderOfKey = new ConcurrentHashMap<String, String>();
        var cut = new CopyOnWriteArrayList<String>();
        var routed = new AtomicInteger();
        var clients = Executors.newFixedThreadPool(CLIENTS + 1);
        try (var router = new Router(service)) {
            var placements = stopping.equals("order-service")
                    ? (Route) (answer) -> router.send(answer, routed, cut)
                    : (Route) (answer) -> answer.get();
            var work = new ArrayList<Future<?>>();
            for (int c = 0; c < CLIENTS; c++) {
                var customer = "stop-" + tag + "-" + c;
                work.add(clients.submit(() -> {
                    for (int i = 0; i < ORDERS / CLIENTS; i++) {
                        var key = UUID.randomUUID().toString();
                        await("order " + key + " accepted")
                                .atMost(Duration.ofSeconds(180))
                                .pollInterval(Duration.ofMillis(100))
                                .until(() -> accepted(
                                        placements.send(() -> Shop.place(customer, Map.of(product, 1), key)),
                                        key,
                                        orderOfKey));
                    }
                    return null;
                }));
            }
            var reading = new AtomicBoolean(true);
            if (stopping.equals("product-service")) {
                // catalogue reads, as a shop front sends them, every 20 ms for as long as the orders flow
                work.add(clients.submit(() -> await().atMost(Duration.ofSeconds(300))
                        .pollInterval(Duration.ofMillis(20))
                        .until(() -> {
                            router.send(
                                    () -> Shop.send(
                                            "GET",
                                            SystemUnderTest.productUrl() + "/api/products/" + product,
                                            null,
                                            null,
                                            Map.of()),
                                    routed,
                                    cut);
                            return !reading.get();
                        })));
            }
            await().atMost(Duration.ofSeconds(120)).until(() -> orderOfKey.size() >= ORDERS / 4);

            var placedAtStop = orderOfKey.size();
            var mark = service.logMark();
            var took = service.terminate();
            var stopLog = service.logSince(mark);
            SystemUnderTest.startAgain(service);
            await().atMost(Duration.ofSeconds(240)).until(() -> orderOfKey.size() == ORDERS);
            reading.set(false);
            for (var future : work) {
                future.get(60, TimeUnit.SECONDS);
            }
            System.out.printf(
                    "[shutdown] %s stopped in %d ms with %d of %d orders placed; %d requests routed to it, %d cut%n",
                    stopping, took.toMillis(), placedAtStop, ORDERS, routed.get(), cut.size());
            assertThat(stopLog).as("messages left unfinished at the stop").doesNotContain("still being handled");
        } finally {
            clients.shutdownNow();
        }

        assertThat(cut)
                .as("requests routed to the stopping service that were cut or failed")
                .isEmpty();
        assertThat(routed.get()).isPositive();
        Invariants.assertAtRest(); // no order PENDING, outboxes drained, services agree, no dead letter
        assertThat(orderOfKey.values())
                .as("one order per key")
                .doesNotHaveDuplicates()
                .hasSize(ORDERS);
        var statuses = new ArrayList<String>();
        for (int c = 0; c < CLIENTS; c++) {
            for (var order : Shop.ordersOf("stop-" + tag + "-" + c)) {
                statuses.add((String) order.get("status"));
            }
        }
        assertThat(statuses).hasSize(ORDERS).containsOnly("CONFIRMED");
        assertThat(Shop.stock(product)).isZero();
    }

    private static boolean accepted(Shop.Answer answer, String key, Map<String, String> orderOfKey) {
        if (answer.status() != 202) {
            return false; // not routed (the service is away) or not answered: the client tries again, same key
        }
        var previous = orderOfKey.putIfAbsent(key, answer.id());
        assertThat(previous == null || previous.equals(answer.id()))
                .as("key %s answered order %s, then %s", key, previous, answer.id())
                .isTrue();
        return true;
    }

    /** How a request gets to the service: through the router, or straight. */
    @FunctionalInterface
    private interface Route {
        Shop.Answer send(java.util.function.Supplier<Shop.Answer> request);
    }

    /**
     * Sends a request to the service only while its readiness, polled every 50 ms as a load balancer polls it, is
     * UP; otherwise answers "not routed" (status -2) at once. What it routed and what came back cut (no answer, or a
     * 5xx) is recorded.
     */
    private static final class Router implements AutoCloseable {

        private static final Shop.Answer NOT_ROUTED = new Shop.Answer(-2, "not routed", "", false);

        private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();
        private volatile boolean ready = true;

        Router(ServiceProcess service) {
            poller.scheduleWithFixedDelay(() -> ready = service.readiness() == 200, 0, 50, TimeUnit.MILLISECONDS);
        }

        Shop.Answer send(java.util.function.Supplier<Shop.Answer> request, AtomicInteger routed, List<String> cut) {
            if (!ready) {
                return NOT_ROUTED;
            }
            routed.incrementAndGet();
            var answer = request.get();
            if (answer.status() == -1 || answer.status() >= 500) {
                cut.add(answer.toString());
            }
            return answer;
        }

        @Override
        public void close() {
            poller.shutdownNow();
        }
    }
}
