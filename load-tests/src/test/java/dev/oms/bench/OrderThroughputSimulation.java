package dev.oms.bench;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static org.awaitility.Awaitility.await;

import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.awaitility.core.ConditionTimeoutException;

/**
 * How many orders one replica of each service confirms end to end: {@code bench.throughput.clients} clients (closed
 * model) each place an order, wait for the answer and place the next, for {@code bench.throughput.seconds}; then up to
 * {@code bench.throughput.settle-seconds} for every order to leave PENDING. Orders have one to three lines spread over
 * the catalogue, or, with {@code bench.throughput.hot=true}, one unit of one product (created for the run with stock
 * to spare): every reservation then locks the same row.
 *
 * <p>A 503 is the service refusing work beyond its admission limit: counted as refused, not as an error
 * ({@link Placements}). The results
 * ({@code bench.results.name}) give the orders/s that reached CONFIRMED (first placement to last confirmation), the
 * placement → CONFIRMED percentiles, and the run's invariants: every placed order final, and the stock of the
 * products ordered fallen by exactly the confirmed units ({@link StockLedger}).
 */
public class OrderThroughputSimulation extends Simulation {

    private final LatencyLog log = new LatencyLog();
    private final int clients = Bench.integer("bench.throughput.clients", 32);
    private final Duration placing = Bench.seconds("bench.throughput.seconds", 20);
    private final Duration settle = Bench.seconds("bench.throughput.settle-seconds", 120);
    private final boolean hot = Boolean.getBoolean("bench.throughput.hot");
    private final Placements placements = new Placements();
    private final Instant started = Instant.now().minusSeconds(1);
    private final java.util.Map<String, Integer> stockBefore;

    {
        var products = hot
                ? List.of(HotProduct.create(Bench.productUrl()))
                : Catalogue.load(Bench.productUrl()).orderableIds();
        stockBefore = Catalogue.load(Bench.productUrl()).stockById();
        var place = placements.place(() -> lines(products), log);

        setUp(scenario("clients placing orders")
                        .exec(place)
                        .injectClosed(constantConcurrentUsers(clients).during(placing)))
                .protocols(Protocols.closed(Bench.orderUrl()))
                .assertions(global().failedRequests().percent().lt(Bench.maxErrorPercent()));
    }

    private List<String> lines(List<String> products) {
        if (hot) {
            return products;
        }
        var random = ThreadLocalRandom.current();
        int count = 1 + random.nextInt(3);
        int first = random.nextInt(products.size());
        return IntStream.range(0, count)
                .mapToObj(i -> products.get((first + i) % products.size()))
                .distinct()
                .toList();
    }

    @Override
    public void after() {
        var api = new OrderApi(Bench.orderUrl());
        try {
            await("orders leaving PENDING")
                    .atMost(settle)
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> !api.anyPending(started));
        } catch (ConditionTimeoutException e) {
            System.out.printf("[bench] orders still PENDING after %ds%n", settle.toSeconds());
        }
        var orders = api.placedSince(started);
        var outcomes = OrderOutcomes.of(placements.placed(), orders);
        var stock = StockLedger.of(
                stockBefore, Catalogue.load(Bench.productUrl()).stockById(), placements.placed(), orders);
        var entries = new LinkedHashMap<String, String>();
        entries.put("clients", Integer.toString(clients));
        entries.put("hot", Boolean.toString(hot));
        entries.put("seconds", Long.toString(placing.toSeconds()));
        entries.put("refused", Integer.toString(placements.refused()));
        entries.putAll(LatencyStats.of(log.samples(Placements.series()), placing.toMillis() / 1000.0)
                .entries("placement"));
        entries.putAll(outcomes.entries());
        entries.put("invariant.final", outcomes.settled() ? "held" : "broken");
        entries.putAll(stock.entries());
        Results.write(System.getProperty("bench.results.name", hot ? "throughput-hot" : "throughput-many"), entries);
        if (!outcomes.settled() || !stock.held()) {
            System.out.printf("[bench] INVARIANT BROKEN: %s%n", entries);
        }
    }
}
