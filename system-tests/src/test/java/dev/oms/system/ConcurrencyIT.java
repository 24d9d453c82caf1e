package dev.oms.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario 3: many customers at once on little stock. No unit is ever oversold, every order gets a final answer, and
 * the units add up: what a product had = what it has + what its confirmed orders hold (cancelled orders gave theirs
 * back).
 */
@ExtendWith(SystemUnderTest.class)
class ConcurrencyIT {

    private static final int CLIENTS = 20;

    private final String tag = Shop.tag();
    private final ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);

    @AfterEach
    void stopClients() throws InterruptedException {
        clients.shutdownNow();
        clients.awaitTermination(30, TimeUnit.SECONDS);
    }

    /** Issue 5: 200 one-unit orders at once for a product with 50 in stock. */
    @Test
    void twoHundredOrdersForFiftyUnitsConfirmExactlyFiftyAndNeverTakeTheStockBelowZero() throws Exception {
        var product = Shop.addProduct("CON-" + tag + "-50", "Limited print", "con-" + tag, "40", 50);
        var placed = new ConcurrentHashMap<String, String>();
        try (var sampler = new StockSampler(List.of(product))) {
            var work = new ArrayList<Future<?>>();
            for (int c = 0; c < CLIENTS; c++) {
                var customer = "con50-" + tag + "-" + c;
                work.add(clients.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        var answer = Shop.place(customer, Map.of(product, 1), null);
                        assertThat(answer.status())
                                .as("placing for %s: %s", customer, answer)
                                .isEqualTo(202);
                        placed.put(answer.id(), customer);
                    }
                    return null;
                }));
            }
            for (var future : work) {
                future.get(120, TimeUnit.SECONDS);
            }
            Invariants.assertHold();
            Invariants.assertAtRest();
            assertThat(sampler.lowest().get(product))
                    .as("lowest stock seen in %d samples", sampler.samples())
                    .isGreaterThanOrEqualTo(0);
        }
        assertThat(placed).hasSize(200);
        var statuses = statusesOf(placed.values().stream().distinct().toList());
        assertThat(statuses.keySet())
                .as("every accepted order is there, once")
                .containsExactlyInAnyOrderElementsOf(placed.keySet());
        assertThat(statuses.values().stream().filter("CONFIRMED"::equals).count())
                .isEqualTo(50);
        assertThat(statuses.values().stream().filter("REJECTED"::equals).count())
                .isEqualTo(150);
        assertThat(Shop.stock(product)).isZero();
    }

    /** Issue 6: 500 orders from 20 clients on four products, some cancelled by their customers on the way. */
    @Test
    void fiveHundredOrdersFromTwentyClientsOversellNothingEndFinalAndBalanceTheLedger() throws Exception {
        var initial = new HashMap<String, Integer>();
        int[] stocks = {40, 60, 25, 80};
        for (int p = 0; p < stocks.length; p++) {
            initial.put(
                    Shop.addProduct("CON-" + tag + "-P" + p, "Product " + p, "con-" + tag, "5", stocks[p]), stocks[p]);
        }
        var products = List.copyOf(initial.keySet());
        var placed = new ConcurrentHashMap<String, Map<String, Integer>>();
        var cancelledByCustomer = ConcurrentHashMap.<String>newKeySet();
        var customers = new ArrayList<String>();
        try (var sampler = new StockSampler(products)) {
            var work = new ArrayList<Future<?>>();
            for (int c = 0; c < CLIENTS; c++) {
                var customer = "con500-" + tag + "-" + c;
                customers.add(customer);
                var random = new Random(c);
                work.add(clients.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        var lines = new HashMap<String, Integer>();
                        for (int l = 0; l < 1 + random.nextInt(2); l++) {
                            lines.put(products.get(random.nextInt(products.size())), 1 + random.nextInt(3));
                        }
                        var answer = Shop.place(customer, lines, null);
                        assertThat(answer.status())
                                .as("placing for %s: %s", customer, answer)
                                .isEqualTo(202);
                        placed.put(answer.id(), Map.copyOf(lines));
                        if (i % 5 == 4) {
                            var cancel = Shop.cancel(customer, answer.id());
                            // a race with the stock answer: cancelled (200), or already REJECTED (403 to a customer),
                            // or the answer committed while the cancel was in flight (409)
                            assertThat(cancel.status())
                                    .as("cancelling %s: %s", answer.id(), cancel)
                                    .isIn(200, 403, 409);
                            if (cancel.status() == 200) {
                                cancelledByCustomer.add(answer.id());
                            }
                        }
                    }
                    return null;
                }));
            }
            for (var future : work) {
                future.get(300, TimeUnit.SECONDS);
            }
            Invariants.assertHold();
            Invariants.assertAtRest();
            assertThat(sampler.lowest())
                    .as("lowest stock seen in %d samples", sampler.samples())
                    .allSatisfy((product, lowest) ->
                            assertThat(lowest).as("product %s", product).isGreaterThanOrEqualTo(0));
        }

        assertThat(placed).hasSize(500);
        var statuses = statusesOf(customers);
        assertThat(statuses.keySet())
                .as("every accepted order is there, once")
                .containsExactlyInAnyOrderElementsOf(placed.keySet());
        assertThat(statuses.values())
                .as("every order final (none shipped here, so CONFIRMED is final too)")
                .allSatisfy(status -> assertThat(status).isIn("CONFIRMED", "REJECTED", "CANCELLED"));
        cancelledByCustomer.forEach(
                id -> assertThat(statuses.get(id)).as("order %s", id).isEqualTo("CANCELLED"));
        assertThat(statuses.values()).contains("CONFIRMED", "REJECTED", "CANCELLED");

        var ledger = new ArrayList<String>();
        for (var product : products) {
            int held = placed.entrySet().stream()
                    .filter(o -> "CONFIRMED".equals(statuses.get(o.getKey())))
                    .mapToInt(o -> o.getValue().getOrDefault(product, 0))
                    .sum();
            int remaining = Shop.stock(product);
            if (initial.get(product) != remaining + held || remaining < 0) {
                ledger.add("product %s: initial %d, expected = remaining %d + held by confirmed orders %d"
                        .formatted(product, initial.get(product), remaining, held));
            }
        }
        assertThat(ledger).as("the stock ledger").isEmpty();
    }

    private static Map<String, String> statusesOf(List<String> customers) {
        var statuses = new HashMap<String, String>();
        for (var customer : customers) {
            for (var order : Shop.ordersOf(customer)) {
                var previous = statuses.put((String) order.get("id"), (String) order.get("status"));
                assertThat(previous)
                        .as("order %s listed twice", order.get("id"))
                        .isNull();
            }
        }
        return statuses;
    }
}
