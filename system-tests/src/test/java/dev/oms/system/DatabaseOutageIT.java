package dev.oms.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 17: a database restart never strands an order. Both services' database stopped as a crash stops it (immediate
 * mode: every connection drops) for 10 s, and for 60 s, while 200 orders flow: every order accepted reaches a final
 * state without the pending-order expiry, the stock is the initial stock less what was confirmed, nothing is
 * dead-lettered and both outboxes drain. Clients do what the API asks on a 503: retry after a while with the same
 * Idempotency-Key.
 *
 * <p>The shared PostgreSQL is never stopped (other builds use it): the services are moved, for this class only, onto a
 * server of its own ({@link PrivateDatabase}), and moved back afterwards.
 */
@ExtendWith(SystemUnderTest.class)
@Order(Integer.MAX_VALUE - 1)
class DatabaseOutageIT {

    private static final int ORDERS = 200;
    private static final int STOCK = 150;
    private static final int CLIENTS = 5;

    private static PrivateDatabase database;

    @BeforeAll
    static void moveToADatabaseOfOurOwn() {
        if (SystemUnderTest.startedHere() && builtForPostgreSQL() && PrivateDatabase.installed()) {
            database = PrivateDatabase.start();
            try {
                SystemUnderTest.moveTo(database);
            } catch (RuntimeException | Error e) {
                database.close();
                database = null;
                throw e;
            }
        }
    }

    @BeforeEach
    void needsTheServicesAsProcessesAndAServerToStop() {
        SystemUnderTest.assumeStartedHere(); // reported as skipped against a deployment given by URL
        org.junit.jupiter.api.Assumptions.assumeTrue(
                builtForPostgreSQL(),
                "stops a PostgreSQL server of its own; these services are built for "
                        + System.getProperty("system.db.kind"));
        org.junit.jupiter.api.Assumptions.assumeTrue(
                database != null, "needs PostgreSQL's programs (initdb, pg_ctl) to run a server of its own");
    }

    /** The server this scenario stops is a PostgreSQL of its own, of no use to services built for SQL Server. */
    private static boolean builtForPostgreSQL() {
        return "postgresql".equals(System.getProperty("system.db.kind"));
    }

    @AfterAll
    static void moveBack() {
        if (database != null) {
            try {
                SystemUnderTest.moveBackToTheConfiguredDatabases();
            } finally {
                database.close();
            }
        }
    }

    @ParameterizedTest(name = "database down {0} s")
    @ValueSource(ints = {10, 60})
    void aDatabaseOutageWhileOrdersFlowStrandsNoOrder(int outageSeconds) throws Exception {
        var tag = Shop.tag();
        var product = Shop.addProduct("DB-" + tag, "Outage mug", "db-" + tag, "9", STOCK);
        var placed = new ConcurrentHashMap<String, String>();
        var refusedWhileDown = new AtomicInteger();
        var clients = Executors.newFixedThreadPool(CLIENTS);
        var scheduler = Executors.newSingleThreadScheduledExecutor();
        try {
            var work = new ArrayList<Future<?>>();
            for (int c = 0; c < CLIENTS; c++) {
                var customer = "db-" + tag + "-" + c;
                work.add(clients.submit(() -> {
                    for (int i = 0; i < ORDERS / CLIENTS; i++) {
                        var id = placeRetrying(customer, product, refusedWhileDown);
                        placed.put(id, customer);
                    }
                    return null;
                }));
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> placed.size() >= ORDERS / 4);
            database.stopImmediately();
            var restart = scheduler.schedule(database::startServer, outageSeconds, TimeUnit.SECONDS);
            for (var future : work) {
                future.get(outageSeconds + 180L, TimeUnit.SECONDS);
            }
            restart.get(outageSeconds + 60L, TimeUnit.SECONDS);
        } finally {
            clients.shutdownNow();
            scheduler.shutdownNow();
            if (!database.accepting()) {
                database.startServer(); // the scenario failed half-way: the next one needs it
            }
        }
        System.out.printf(
                "[database] down %d s: %d orders placed, %d placements answered otherwise than 202 and retried%n",
                outageSeconds, placed.size(), refusedWhileDown.get());

        Invariants.assertAtRest(); // no order PENDING, outboxes drained, services agree, no dead letter

        assertThat(placed).hasSize(ORDERS);
        var statuses = new HashMap<String, String>();
        for (var customer : List.copyOf(new HashSet<>(placed.values()))) {
            Shop.ordersOf(customer).forEach(o -> statuses.put((String) o.get("id"), (String) o.get("status")));
        }
        assertThat(statuses.keySet()).containsExactlyInAnyOrderElementsOf(placed.keySet());
        var confirmed = statuses.values().stream().filter("CONFIRMED"::equals).count();
        var rejected = statuses.values().stream().filter("REJECTED"::equals).count();
        assertThat(confirmed + rejected)
                .as("every order final: %s", statuses.values())
                .isEqualTo(ORDERS);
        assertThat(confirmed).isEqualTo(STOCK);
        assertThat(Shop.stock(product)).isEqualTo(STOCK - (int) confirmed);
    }

    /**
     * Places one order, answering a refusal as a client should: the same Idempotency-Key again after a while, until
     * the order is accepted (an order accepted twice would show as two ids, and as stock taken twice).
     */
    private static String placeRetrying(String customer, String product, AtomicInteger refused) {
        var key = UUID.randomUUID().toString();
        var accepted = new String[1];
        await().atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    var answer = Shop.place(customer, Map.of(product, 1), key);
                    if (answer.status() == 202) {
                        accepted[0] = answer.id();
                        return true;
                    }
                    assertThat(answer.status())
                            .as("only a brief unavailability may refuse an order: %s", answer)
                            .isEqualTo(503);
                    refused.incrementAndGet();
                    return false;
                });
        return accepted[0];
    }
}
