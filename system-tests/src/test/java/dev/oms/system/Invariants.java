package dev.oms.system;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What must hold in the whole system, whatever a scenario did. A scenario calls {@link #assertHold()} at any moment
 * (during a load, right after a crash) and {@link #assertAtRest()} once it has stopped changing things. A broken
 * invariant fails with every violation found, each naming the order or product, what was expected and what is.
 *
 * <ul>
 * <li>stock is never negative, neither on the query side (the API) nor in the catalogue's table;</li>
 * <li>every order is final or legitimately pending: at rest none is PENDING, and at any moment none has been PENDING
 * longer than the pending timeout (plus its check interval) lets it;</li>
 * <li>at rest, both outboxes are drained (every event was published);</li>
 * <li>at rest, the two services agree on every order: an order that holds stock (CONFIRMED, SHIPPED, DELIVERED) has
 * exactly one RESERVED reservation with its lines' quantities; no other order holds a reservation; every order was
 * seen by product-service; no stock is held for an order order-service does not know; and the query side shows each
 * product's stock as it is;</li>
 * <li>no event is in a dead-letter queue (a scenario that puts some there takes them out).</li>
 * </ul>
 *
 * The databases and the broker are read (read-only) only when {@link SystemUnderTest#inspectable()}; against a
 * deployment given by URL alone, the checks that need them are left out and say so on standard output.
 */
final class Invariants {

    private static final Duration SETTLE = Duration.ofSeconds(Long.getLong("system.settle-seconds", 90));
    /** How long an order may stay PENDING: the services' oms.orders.pending-timeout plus its check interval. */
    private static final Duration PENDING_ALLOWANCE = Duration.parse(
                    System.getProperty("system.pending-timeout", "PT15M"))
            .plus(Duration.ofMinutes(1));

    private Invariants() {}

    /** What must be true at any moment, even under load or right after a crash. */
    static void assertHold() {
        var violations = new ArrayList<String>();
        stockNeverNegative(violations);
        noOrderPendingTooLong(violations);
        noDeadLetters(violations);
        fail(violations);
    }

    /**
     * Waits for the system to settle (no order PENDING, outboxes drained), then checks everything: what must be true
     * once nothing is in flight.
     */
    static void assertAtRest() {
        await("the system at rest: no order PENDING, every outbox drained")
                .atMost(SETTLE)
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    var violations = new ArrayList<String>();
                    noOrderPending(violations);
                    outboxesDrained(violations);
                    fail(violations);
                });
        var violations = new ArrayList<String>();
        stockNeverNegative(violations);
        servicesAgreeOnEveryOrder(violations);
        querySideInStep(violations);
        noDeadLetters(violations);
        fail(violations);
    }

    private static void stockNeverNegative(List<String> violations) {
        try {
            for (var product : Shop.products(Optional.empty())) {
                var stock = ((Number) product.get("availableStock")).intValue();
                if (stock < 0) {
                    violations.add("product %s (%s): the API shows stock %d, expected >= 0"
                            .formatted(product.get("id"), product.get("sku"), stock));
                }
            }
        } catch (Shop.Unreachable e) {
            unreachable(violations, SystemUnderTest.productDatabase(), e);
        }
        query(
                SystemUnderTest.productDatabase(),
                "select id, sku, stock from catalog.product where stock < 0",
                row -> violations.add("product %s (%s): stock %s in catalog.product, expected >= 0"
                        .formatted(row.get(0), row.get(1), row.get(2))));
    }

    private static void noOrderPending(List<String> violations) {
        for (var order : pendingOrders(violations)) {
            violations.add("order %s of %s (placed %s): PENDING, expected a final answer by now"
                    .formatted(order.get(0), order.get(1), order.get(2)));
        }
    }

    private static void noOrderPendingTooLong(List<String> violations) {
        var oldest = Instant.now().minus(PENDING_ALLOWANCE);
        for (var order : pendingOrders(violations)) {
            var placed = Instant.parse(order.get(2));
            if (placed.isBefore(oldest)) {
                violations.add("order %s of %s: PENDING since %s, longer than the pending timeout allows (%s)"
                        .formatted(order.get(0), order.get(1), placed, PENDING_ALLOWANCE));
            }
        }
    }

    /** id, customer and placing time of every PENDING order: from the API, or its database while it is down. */
    private static List<List<String>> pendingOrders(List<String> violations) {
        var pending = new ArrayList<List<String>>();
        try {
            Shop.ordersIn("PENDING")
                    .forEach(order ->
                            pending.add(List.of((String) order.get("id"), (String) order.get("customerId"), (String)
                                    order.get("createdAt"))));
        } catch (Shop.Unreachable e) {
            unreachable(violations, SystemUnderTest.orderDatabase(), e);
            query(
                    SystemUnderTest.orderDatabase(),
                    "select id, customer_id, created_at from ordering.customer_order" + " where status = 'PENDING'",
                    row -> pending.add(List.of(row.get(0), row.get(1), row.get(2))));
        }
        return pending;
    }

    /** A service down (a scenario killed it) is not a violation when its database can be checked instead. */
    private static void unreachable(List<String> violations, Optional<Database> database, Shop.Unreachable e) {
        if (database.isPresent()) {
            System.out.println("[invariants] " + e.getMessage() + "; checking its database instead");
        } else {
            violations.add(e.getMessage() + ", expected it up (and no database access to check instead)");
        }
    }

    private static void outboxesDrained(List<String> violations) {
        for (var service : List.of(
                Map.entry(SystemUnderTest.productDatabase(), "catalog"),
                Map.entry(SystemUnderTest.orderDatabase(), "ordering"))) {
            query(
                    service.getKey(),
                    "select event_type, aggregate_id, occurred_at from " + service.getValue()
                            + ".outbox_event where published_at is null order by id",
                    row -> violations.add(
                            "%s.outbox_event: %s of %s (occurred %s) still unpublished, expected every event published"
                                    .formatted(service.getValue(), row.get(0), row.get(1), row.get(2))));
        }
    }

    private static void servicesAgreeOnEveryOrder(List<String> violations) {
        if (SystemUnderTest.orderDatabase().isEmpty()) {
            skipped("the two services agree on every order");
            return;
        }
        var orders = new HashMap<String, Held>();
        query(
                SystemUnderTest.orderDatabase(),
                "select o.id, o.status, l.product_id, l.quantity"
                        + " from ordering.customer_order o join ordering.order_line l on l.order_id = o.id",
                row -> orders.computeIfAbsent(row.get(0), id -> new Held(row.get(1), new TreeMap<>()))
                        .lines()
                        .put(row.get(2), Integer.parseInt(row.get(3))));
        var reservations = new HashMap<String, Held>();
        query(
                SystemUnderTest.productDatabase(),
                "select r.order_id, r.status, l.product_id, l.quantity"
                        + " from catalog.order_reservation r"
                        + " left join catalog.order_reservation_line l on l.order_id = r.order_id",
                row -> {
                    var reservation =
                            reservations.computeIfAbsent(row.get(0), id -> new Held(row.get(1), new TreeMap<>()));
                    if (row.get(2) != null) {
                        reservation.lines().put(row.get(2), Integer.parseInt(row.get(3)));
                    }
                });
        orders.forEach((id, order) -> {
            var reservation = reservations.get(id);
            var holds = Shop.HOLDING_STATUSES.contains(order.status());
            if (holds
                    && (reservation == null
                            || !"RESERVED".equals(reservation.status())
                            || !reservation.lines().equals(order.lines()))) {
                violations.add(("order %s: %s with lines %s, expected a RESERVED reservation of the same;"
                                + " product-service has %s")
                        .formatted(id, order.status(), order.lines(), reservation));
            } else if (!holds && reservation != null && "RESERVED".equals(reservation.status())) {
                violations.add("order %s: %s, expected no stock held for it; product-service holds %s"
                        .formatted(id, order.status(), reservation));
            } else if (reservation == null) {
                violations.add(("order %s: %s, but product-service never saw it (no reservation row), expected"
                                + " every OrderPlaced consumed")
                        .formatted(id, order.status()));
            }
        });
        // events for an order order-service never had (injected by a test, or from a foreign producer) may leave a
        // reservation that holds nothing; one that holds stock would be stock lost to nobody
        reservations.forEach((id, reservation) -> {
            if (!orders.containsKey(id) && "RESERVED".equals(reservation.status())) {
                violations.add(("reservation for order %s: %s holds stock, expected an order order-service"
                                + " knows; it has none")
                        .formatted(id, reservation));
            }
        });
    }

    private static void querySideInStep(List<String> violations) {
        query(
                SystemUnderTest.productDatabase(),
                "select p.id, p.sku, p.stock, v.available_stock, p.version, v.version"
                        + " from catalog.product p left join catalog.product_view v on v.id = p.id"
                        + " where v.id is null or v.available_stock <> p.stock or v.version <> p.version",
                row -> violations.add("product %s (%s): the query side shows stock %s at version %s, expected %s at %s"
                        .formatted(row.get(0), row.get(1), row.get(3), row.get(5), row.get(2), row.get(4))));
    }

    private static void noDeadLetters(List<String> violations) {
        if (!SystemUnderTest.inspectable()) {
            skipped("no event in a dead-letter queue");
            return;
        }
        if (!brokerAccepting()) {
            System.out.println("[invariants] the broker is away (a scenario stopped it): dead letters not checked");
            return;
        }
        try (var broker = Broker.connect(SystemUnderTest.broker())) {
            for (var queue : Broker.DEAD_LETTER_QUEUES) {
                if (broker.depth(queue) > 0) {
                    for (var message : broker.peek(queue)) {
                        violations.add("dead-letter queue %s holds %s, expected it empty".formatted(queue, message));
                    }
                }
            }
        }
    }

    private static boolean brokerAccepting() {
        var address = SystemUnderTest.broker();
        try (var socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress(address.host(), address.port()), 2000);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static void query(Optional<Database> database, String sql, java.util.function.Consumer<List<String>> row) {
        if (database.isEmpty()) {
            skipped(sql.replaceAll("^select .*? from (\\S+).*$", "a read of $1"));
            return;
        }
        try (Connection connection = database.get().connect();
                var statement = connection.createStatement();
                var result = statement.executeQuery(sql)) {
            var columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                var values = new ArrayList<String>(columns);
                for (int i = 1; i <= columns; i++) {
                    values.add(ColumnText.of(result, i));
                }
                row.accept(values);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read " + database.get().jdbcUrl() + ": " + sql, e);
        }
    }

    private static void skipped(String check) {
        System.out.println("[invariants] not checked (no database or broker access to the deployment): " + check);
    }

    private static void fail(List<String> violations) {
        if (!violations.isEmpty()) {
            throw new AssertionError(violations.size() + " invariant(s) broken:\n  "
                    + String.join("\n  ", violations.subList(0, Math.min(violations.size(), 50)))
                    + (violations.size() > 50 ? "\n  ... and " + (violations.size() - 50) + " more" : ""));
        }
    }

    /** An order, or a reservation, and the quantity it has per product. */
    private record Held(String status, TreeMap<String, Integer> lines) {}
}
