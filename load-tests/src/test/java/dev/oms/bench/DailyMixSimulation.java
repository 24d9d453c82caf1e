package dev.oms.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.doSwitch;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.incrementUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.onCase;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.stopLoadGeneratorIf;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Simulation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The stated daily load in its proportions (20 product reads : 1 product write : 1 order read : 1 order write),
 * arriving at a rate that steps up ({@code bench.mix.start-rate}, {@code bench.mix.step} more each level of
 * {@code bench.mix.level-seconds}, at most {@code bench.mix.levels} levels) until a level breaks the goal
 * ({@code bench.mix.goal.p99-ms}, {@code bench.mix.goal.error-percent}); the load generator then stops. The last level
 * that met the goal is the capacity of one instance of each service. A warm-up at the first level's rate
 * ({@code bench.mix.warmup-seconds}, not measured) runs first, so that the first level is not judged on a cold JIT.
 *
 * <p>Product reads are by id over Zipf keys; a product write is a stock adjustment (+1, no version needed); an order
 * write places a one-line order; an order read reads one of the last orders placed.
 */
public class DailyMixSimulation extends Simulation {

    static final List<String> KINDS = List.of("product read", "product write", "order read", "order write");
    private static final String WARM_UP = "warm-up ";

    private final LatencyLog log = new LatencyLog();
    private final RateSteps steps = new RateSteps(
            Bench.decimal("bench.mix.start-rate", 50),
            Bench.decimal("bench.mix.step", 50),
            Bench.integer("bench.mix.levels", 30),
            Bench.seconds("bench.mix.level-seconds", 20));
    private final LatencyGoal goal = new LatencyGoal(
            Bench.integer("bench.mix.goal.p99-ms", 50), Bench.decimal("bench.mix.goal.error-percent", 1.0));
    private final CapacityMonitor monitor = new CapacityMonitor(steps, goal, this::allSamples);
    private final List<String> ids;
    private final List<String> orderable;
    private final Zipf zipf;
    private final RecentOrders orders;

    {
        var catalogue = Catalogue.load(Bench.productUrl());
        ids = catalogue.ids();
        orderable = catalogue.orderableIds();
        zipf = new Zipf(ids.size(), Bench.decimal("bench.read.zipf-exponent", 1.0));
        orders = new RecentOrders(1024);
        // order reads need orders from the first arrival on
        var orderApi = new OrderApi(Bench.orderUrl());
        for (int i = 0; i < 10; i++) {
            orders.add(orderApi.place(List.of(orderable.get(i % orderable.size()))));
        }

        var warmUpArrivals = new AtomicLong();
        var warmUp = scenario("daily mix warm-up")
                .exec(session -> session.set("kind", kindOf(warmUpArrivals.getAndIncrement())))
                .exec(requests(WARM_UP));
        var arrivals = new AtomicLong();
        var mix = scenario("daily mix")
                .exec(stopLoadGeneratorIf("a level broke the latency goal", session -> monitor.goalBroken()))
                .exec(session -> session.set("kind", kindOf(arrivals.getAndIncrement())))
                .exec(requests(""));

        setUp(warmUp.injectOpen(constantUsersPerSec(steps.startRate())
                                .during(Bench.seconds("bench.mix.warmup-seconds", 20)))
                        .andThen(mix.injectOpen(incrementUsersPerSec(steps.increment())
                                .times(steps.levels())
                                .eachLevelLasting(steps.levelLength())
                                .startingFrom(steps.startRate()))))
                .protocols(Protocols.open(Bench.productUrl()))
                .assertions(global().failedRequests().percent().lt(Bench.maxErrorPercent()));
    }

    /** The four kinds of request, recorded as series named prefix + kind. */
    private ChainBuilder requests(String prefix) {
        var productRead = Recorded.request(
                http(prefix + KINDS.get(0))
                        .get(session -> "/api/products/" + ids.get(zipf.next(ThreadLocalRandom.current())))
                        .check(status().is(200)),
                log,
                prefix + KINDS.get(0));
        var productWrite = Recorded.request(
                http(prefix + KINDS.get(1))
                        .post(session -> "/api/products/"
                                + ids.get(ThreadLocalRandom.current().nextInt(ids.size())) + "/stock-adjustments")
                        .header("Authorization", Tokens.bearer(Tokens.CATALOG_ADMIN))
                        .header("Content-Type", "application/json")
                        .body(StringBody("{\"delta\":1,\"reason\":\"benchmark restock\"}"))
                        .check(status().is(200)),
                log,
                prefix + KINDS.get(1));
        var orderRead = Recorded.request(
                http(prefix + KINDS.get(2))
                        .get(session -> Bench.orderUrl() + "/api/orders/" + orders.any())
                        .header("Authorization", Tokens.bearer(Tokens.FULFILMENT))
                        .check(status().is(200)),
                log,
                prefix + KINDS.get(2));
        var orderWrite = Recorded.request(
                        http(prefix + KINDS.get(3))
                                .post(Bench.orderUrl() + "/api/orders")
                                .header("Authorization", Tokens.bearer(Tokens.CUSTOMER))
                                .header("Content-Type", "application/json")
                                .body(StringBody(session -> OrderApi.placementJson(
                                        Bench.customerId(),
                                        List.of(orderable.get(
                                                ThreadLocalRandom.current().nextInt(orderable.size()))))))
                                .check(status().is(202), jsonPath("$.id").saveAs("orderId")),
                        log,
                        prefix + KINDS.get(3))
                .exec(session -> {
                    if (session.contains("orderId")) {
                        orders.add(session.getString("orderId"));
                    }
                    return session.remove("orderId");
                });
        return exec(doSwitch("#{kind}")
                .on(
                        onCase(KINDS.get(0)).then(productRead),
                        onCase(KINDS.get(1)).then(productWrite),
                        onCase(KINDS.get(2)).then(orderRead),
                        onCase(KINDS.get(3)).then(orderWrite)));
    }

    /** Arrival n's request: of every 23, 20 product reads, then a product write, an order read, an order write. */
    static String kindOf(long arrival) {
        int slot = (int) (arrival % 23);
        return slot < 20 ? KINDS.get(0) : KINDS.get(slot - 19);
    }

    private List<Sample> allSamples() {
        var all = new ArrayList<Sample>();
        KINDS.forEach(kind -> all.addAll(log.samples(kind)));
        return all;
    }

    @Override
    public void after() {
        var entries = new LinkedHashMap<String, String>();
        entries.put("goal", goal.toString());
        entries.put("goal.p99-ms", Integer.toString(goal.p99Millis()));
        entries.put("goal.error-percent", Results.number(goal.maxErrorPercent()));
        entries.put("level-seconds", Long.toString(steps.levelLength().toSeconds()));
        var levels = monitor.levels();
        entries.put("levels", Integer.toString(levels.size()));
        double runSeconds = levels.size() * steps.levelLength().toMillis() / 1000.0;
        for (var kind : KINDS) {
            entries.putAll(LatencyStats.of(log.samples(kind), runSeconds).entries("kind." + kind.replace(' ', '-')));
        }
        for (var level : levels) {
            var prefix = "level." + level.index();
            entries.put(prefix + ".rate", Results.number(level.targetRate()));
            entries.put(prefix + ".met", Boolean.toString(level.met()));
            entries.putAll(level.stats().entries(prefix));
        }
        var capacity = LatencyGoal.capacity(levels);
        entries.put("capacity.found", Boolean.toString(capacity.isPresent()));
        entries.put("capacity.bounded", Boolean.toString(levels.stream().anyMatch(level -> !level.met())));
        capacity.ifPresent(level -> {
            entries.put("capacity.rate", Results.number(level.targetRate()));
            entries.putAll(level.stats().entries("capacity"));
        });
        Results.write("daily-mix", entries);
    }
}
