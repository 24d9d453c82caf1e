package dev.oms.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario 4, crashes: a service killed with SIGKILL in the middle of the order flow and started again. Every order
 * accepted before, during or after the crash ends final, none is lost, none is doubled (clients retry what got no
 * answer with the same Idempotency-Key, as a real client would), and the stock adds up.
 */
@ExtendWith(SystemUnderTest.class)
@Order(Integer.MAX_VALUE - 1)
class CrashRecoveryIT {

    private static final int CLIENTS = 10;

    private final String tag = Shop.tag();
    private final ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);

    @AfterEach
    void stopClients() throws InterruptedException {
        clients.shutdownNow();
        clients.awaitTermination(30, TimeUnit.SECONDS);
    }

    @Test
    void orderServiceKilledWhileOrdersAreInFlightLosesAndDoublesNone() throws Exception {
        var orderService = SystemUnderTest.orderService();
        var product = Shop.addProduct("CRASH-" + tag + "-O", "Crash test dummy", "crash-" + tag, "10", 30);
        var keys = new Keys("crash-o-" + tag, CLIENTS, 8);
        var accepted = new AtomicInteger();
        var work = keys.placeAll(clients, product, 0, 6, accepted);
        await("20 orders accepted")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(5))
                .until(() -> accepted.get() >= 20);
        orderService.kill();
        var pendingAtKill = SystemUnderTest.orderDatabase()
                .map(CrashRecoveryIT::pendingOrders)
                .orElse(-1);
        finish(work);
        System.out.printf(
                "[crash] order-service killed with %d orders accepted, %d of them still PENDING%n",
                keys.answered(), pendingAtKill);
        finish(keys.placeAll(clients, product, 6, 8, accepted));
        assertThat(keys.unanswered())
                .as("orders placed while order-service is down got no answer")
                .hasSizeGreaterThanOrEqualTo(2 * CLIENTS);

        SystemUnderTest.startAgain(orderService);
        keys.retryUnanswered(product);
        Invariants.assertHold();
        Invariants.assertAtRest();
        keys.assertEachKeyPlacedExactlyOneFinalOrder(30);
        assertThat(Shop.stock(product)).isZero();
    }

    @Test
    void productServiceKilledMidReservationReservesEveryOrderExactlyOnce() throws Exception {
        var productService = SystemUnderTest.productService();
        var product = Shop.addProduct("CRASH-" + tag + "-P", "Crash helmet", "crash-" + tag, "10", 40);
        var keys = new Keys("crash-p-" + tag, CLIENTS, 8);
        var accepted = new AtomicInteger();
        try (var sampler = new StockSampler(List.of(product))) {
            var work = keys.placeAll(clients, product, 0, 6, accepted);
            await("the first reservations taken")
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(10))
                    .until(() -> Shop.stock(product) < 40);
            productService.kill();
            var stockAtKill = SystemUnderTest.productDatabase()
                    .map(CrashRecoveryIT::stockInTable)
                    .orElse(-1);
            finish(work);
            // orders placed while product-service is down wait for it
            finish(keys.placeAll(clients, product, 6, 8, accepted));
            var pending = Shop.ordersIn("PENDING").size();
            System.out.printf(
                    "[crash] product-service killed at stock %d of 40; %d orders PENDING while it is" + " down%n",
                    stockAtKill, pending);
            assertThat(pending)
                    .as("orders waiting for the killed product-service")
                    .isGreaterThanOrEqualTo(2 * CLIENTS);
            Invariants.assertHold();

            SystemUnderTest.startAgain(productService);
            keys.retryUnanswered(product);
            Invariants.assertAtRest();
            assertThat(sampler.lowest().get(product)).isGreaterThanOrEqualTo(0);
        }
        keys.assertEachKeyPlacedExactlyOneFinalOrder(40);
        assertThat(Shop.stock(product)).isZero();
    }

    private static void finish(List<Future<?>> work) throws Exception {
        for (var future : work) {
            future.get(120, TimeUnit.SECONDS);
        }
    }

    private static int pendingOrders(Database database) {
        return count(database, "select count(*) from ordering.customer_order where status = 'PENDING'");
    }

    private static int stockInTable(Database database) {
        return count(database, "select min(stock) from catalog.product where sku like 'CRASH-%-P'");
    }

    private static int count(Database database, String sql) {
        try (var connection = database.connect();
                var statement = connection.createStatement();
                var result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Customers with one Idempotency-Key per order they mean to place, one unit each. */
    private static final class Keys {

        private final Map<String, String> customerOfKey = new HashMap<>();
        private final Map<String, List<String>> keysOfCustomer = new HashMap<>();
        private final Map<String, String> orderOfKey = new ConcurrentHashMap<>();

        Keys(String prefix, int customers, int ordersEach) {
            for (int c = 0; c < customers; c++) {
                var customer = prefix + "-" + c;
                for (int o = 0; o < ordersEach; o++) {
                    var key = UUID.randomUUID().toString();
                    customerOfKey.put(key, customer);
                    keysOfCustomer
                            .computeIfAbsent(customer, k -> new ArrayList<>())
                            .add(key);
                }
            }
        }

        int answered() {
            return orderOfKey.size();
        }

        List<String> unanswered() {
            return customerOfKey.keySet().stream()
                    .filter(key -> !orderOfKey.containsKey(key))
                    .toList();
        }

        /** Each customer places its orders [from, to) one after the other, on its own thread. */
        List<Future<?>> placeAll(ExecutorService clients, String product, int from, int to, AtomicInteger accepted) {
            var work = new ArrayList<Future<?>>();
            keysOfCustomer.forEach((customer, keys) -> work.add(clients.submit(() -> {
                for (var key : keys.subList(from, to)) {
                    if (place(key, product)) {
                        accepted.incrementAndGet();
                    }
                }
                return null;
            })));
            return work;
        }

        /** After the restart: what got no answer is sent again, with the same key, until it is accepted. */
        void retryUnanswered(String product) {
            for (var key : unanswered()) {
                await("order with key " + key + " accepted")
                        .atMost(Duration.ofSeconds(60))
                        .pollInterval(Duration.ofMillis(200))
                        .until(() -> place(key, product));
            }
        }

        private boolean place(String key, String product) {
            var answer = Shop.place(customerOfKey.get(key), Map.of(product, 1), key);
            if (answer.status() == 202) {
                var previous = orderOfKey.putIfAbsent(key, answer.id());
                assertThat(previous == null || previous.equals(answer.id()))
                        .as("key %s answered order %s, then %s", key, previous, answer.id())
                        .isTrue();
                return true;
            }
            // no answer (the service is down) or a 5xx while it dies: the client does not know, and will retry
            assertThat(answer.status() >= 400 && answer.status() < 500)
                    .as("placing with key %s: %s", key, answer)
                    .isFalse();
            return false;
        }

        void assertEachKeyPlacedExactlyOneFinalOrder(int stock) {
            assertThat(orderOfKey).hasSize(customerOfKey.size());
            assertThat(orderOfKey.values()).as("one order per key").doesNotHaveDuplicates();
            var statuses = new HashMap<String, String>();
            for (var customer : customerOfKey.values().stream().distinct().toList()) {
                for (var order : Shop.ordersOf(customer)) {
                    assertThat(statuses.put((String) order.get("id"), (String) order.get("status")))
                            .isNull();
                }
            }
            assertThat(statuses.keySet())
                    .as("the orders the customers have are exactly those their keys placed")
                    .containsExactlyInAnyOrderElementsOf(orderOfKey.values());
            assertThat(statuses.values().stream().filter("CONFIRMED"::equals).count())
                    .isEqualTo(stock);
            assertThat(statuses.values().stream().filter("REJECTED"::equals).count())
                    .isEqualTo(customerOfKey.size() - stock);
        }
    }
}
