package dev.oms.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The most each can serve: a closed model of {@code bench.probe.users} users, each sending its next request as soon as
 * the last is answered, for {@code bench.probe.seconds} after a warm-up, first against the bare route
 * ({@code GET /ceiling}), then against the cached product read ({@code GET /api/products/{id}}, Zipf keys). Same
 * users, same length, same machine: the ratio of the two throughputs is what our code costs. Both are warmed up
 * (JIT, connections, the product cache) before either is measured.
 */
public class ThroughputProbeSimulation extends Simulation {

    private final LatencyLog log = new LatencyLog();
    private final int users = Bench.integer("bench.probe.users", 64);
    private final Duration warmUp = Bench.seconds("bench.probe.warmup-seconds", 10);
    private final Duration measured = Bench.seconds("bench.probe.seconds", 30);

    {
        var ids = Catalogue.load(Bench.productUrl()).ids();
        var zipf = new Zipf(ids.size(), Bench.decimal("bench.read.zipf-exponent", 1.0));
        var ceiling = http("ceiling").get(Bench.ceilingUrl() + "/ceiling").check(status().is(200));
        var product = http("product by id")
                .get(session -> Bench.productUrl() + "/api/products/" + ids.get(zipf.next(ThreadLocalRandom.current())))
                .check(status().is(200));

        // both warmed up before either is measured, so that neither gets the load generator's own warm-up
        setUp(looping("ceiling warm-up", Recorded.request(ceiling, log, "ceiling warm-up"), warmUp)
                        .injectOpen(atOnceUsers(users))
                        .andThen(looping("product warm-up", Recorded.request(product, log, "product warm-up"), warmUp)
                                .injectOpen(atOnceUsers(users))
                                .andThen(looping("ceiling", Recorded.request(ceiling, log, "ceiling"), measured)
                                        .injectOpen(atOnceUsers(users))
                                        .andThen(looping("product", Recorded.request(product, log, "product"), measured)
                                                .injectOpen(atOnceUsers(users))))))
                .protocols(Protocols.closed(Bench.productUrl()))
                .assertions(global().failedRequests().percent().lt(Bench.maxErrorPercent()));
    }

    private static ScenarioBuilder looping(String name, ChainBuilder request, Duration length) {
        return scenario(name).during(length).on(request);
    }

    @Override
    public void after() {
        var entries = new LinkedHashMap<String, String>();
        entries.put("users", Integer.toString(users));
        entries.put("seconds", Long.toString(measured.toSeconds()));
        var seconds = measured.toMillis() / 1000.0;
        var ceiling = LatencyStats.of(log.samples("ceiling"), seconds);
        var product = LatencyStats.of(log.samples("product"), seconds);
        entries.putAll(ceiling.entries("ceiling"));
        entries.putAll(product.entries("product"));
        entries.put(
                "ratio-percent",
                Results.number(ceiling.throughput() == 0 ? 0 : 100.0 * product.throughput() / ceiling.throughput()));
        Results.write("throughput-probe", entries);
    }
}
