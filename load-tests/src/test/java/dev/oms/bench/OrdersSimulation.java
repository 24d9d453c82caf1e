package dev.oms.bench;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
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
 * Orders end to end: {@code POST /api/orders} at a fixed {@code bench.orders.rate} per second for
 * {@code bench.orders.seconds} (one to three lines of products in stock, one unit each), then up to
 * {@code bench.orders.settle-seconds} for every order to leave PENDING. The results ({@code bench.results.name},
 * default {@code orders}) give the orders/s that reached CONFIRMED and the placement → CONFIRMED percentiles
 * ({@link OrderOutcomes}), how many were still pending when the harness stopped waiting, and how many placements the
 * service refused (503, not counted as failed: {@link Placements}).
 */
public class OrdersSimulation extends Simulation {

    private final LatencyLog log = new LatencyLog();
    private final int rate = Bench.integer("bench.orders.rate", 1000);
    private final Duration placing = Bench.seconds("bench.orders.seconds", 20);
    private final Duration settle = Bench.seconds("bench.orders.settle-seconds", 120);
    private final Placements placements = new Placements();
    private final Instant started = Instant.now().minusSeconds(1);

    {
        var orderable = Catalogue.load(Bench.productUrl()).orderableIds();
        var place = placements.place(() -> lines(orderable), log);

        setUp(scenario("place orders")
                        .exec(place)
                        .injectOpen(constantUsersPerSec(rate).during(placing)))
                .protocols(Protocols.open(Bench.orderUrl()))
                .assertions(global().failedRequests().percent().lt(Bench.maxErrorPercent()));
    }

    private static List<String> lines(List<String> orderable) {
        var random = ThreadLocalRandom.current();
        int count = 1 + random.nextInt(3);
        int first = random.nextInt(orderable.size());
        // consecutive products of the shuffled catalogue: distinct, as the API requires
        return IntStream.range(0, count)
                .mapToObj(i -> orderable.get((first + i) % orderable.size()))
                .distinct()
                .toList();
    }

    @Override
    public void after() {
        var api = new OrderApi(Bench.orderUrl());
        try {
            // a cheap question while the system is still working; every order is read once, at the end
            await("orders leaving PENDING")
                    .atMost(settle)
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> !api.anyPending(started));
        } catch (ConditionTimeoutException e) {
            System.out.printf("[bench] orders still PENDING after %ds%n", settle.toSeconds());
        }
        var outcomes = OrderOutcomes.of(placements.placed(), api.placedSince(started));
        if (!outcomes.settled()) {
            System.out.printf("[bench] %d of %d orders still PENDING%n", outcomes.pending(), outcomes.placed());
        }
        var entries = new LinkedHashMap<String, String>();
        entries.put("rate", Integer.toString(rate));
        entries.put("seconds", Long.toString(placing.toSeconds()));
        entries.put("settle-seconds", Long.toString(settle.toSeconds()));
        entries.put("refused", Integer.toString(placements.refused()));
        entries.putAll(LatencyStats.of(log.samples(Placements.series()), placing.toMillis() / 1000.0)
                .entries("placement"));
        entries.putAll(outcomes.entries());
        Results.write(System.getProperty("bench.results.name", "orders"), entries);
    }
}
