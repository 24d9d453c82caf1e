package dev.oms.bench;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The product read hot path, {@code GET /api/products/{id}}, open model, one phase after the other:
 * <ol>
 *   <li><b>uniform</b>: products in a shuffled order, each once, at {@code bench.read.miss-rate}/s: each read misses
 *       the cache (nothing has read these products before), so this is the database path; a warm-up reads other
 *       products the same way first;</li>
 *   <li><b>Zipf</b>: keys drawn Zipf-like ({@code bench.read.zipf-exponent}), so nearly every read is a cache hit;
 *       a warm-up, then {@code bench.read.rate}/s for {@code bench.read.seconds};</li>
 *   <li><b>ceiling</b>: {@code GET /ceiling} of the bare route, the same warm-up, rate and length: the same load
 *       shape against the most the HTTP stack can do.</li>
 * </ol>
 */
public class ProductReadSimulation extends Simulation {

    private final LatencyLog log = new LatencyLog();
    private final int rate = Bench.integer("bench.read.rate", 1000);
    private final Duration warmUp = Bench.seconds("bench.read.warmup-seconds", 10);
    private final Duration measured = Bench.seconds("bench.read.seconds", 30);
    private final int missRate = Bench.integer("bench.read.miss-rate", 250);
    private final Duration missLength;

    {
        var ids = Catalogue.load(Bench.productUrl()).ids();
        var missWarmUp =
                Duration.ofSeconds(Math.max(1, Math.min(warmUp.toSeconds(), ids.size() / 4 / Math.max(1, missRate))));
        long warmUpReads = missRate * missWarmUp.toSeconds();
        // each id read once at most: past that, uniform reads would start hitting the cache
        missLength = Duration.ofSeconds(Math.max(
                1,
                Math.min(
                        Bench.integer("bench.read.miss-seconds", 20),
                        (ids.size() - warmUpReads) / Math.max(1, missRate))));
        var zipf = new Zipf(ids.size(), Bench.decimal("bench.read.zipf-exponent", 1.0));
        // the warm-up of the uncached path reads from the end of the shuffled ids, the measured phase from the start
        var nextFromEnd = new AtomicInteger(ids.size());
        var nextFromStart = new AtomicInteger();

        var uniformWarmUp =
                byId("uniform warm-up", session -> ids.get(Math.floorMod(nextFromEnd.decrementAndGet(), ids.size())));
        var uniform = byId("uniform (cache misses)", session -> ids.get(nextFromStart.getAndIncrement() % ids.size()));
        var zipfWarmUp = byId("zipf warm-up", session -> ids.get(zipf.next(ThreadLocalRandom.current())));
        var zipfMeasured = byId("zipf (cache hits)", session -> ids.get(zipf.next(ThreadLocalRandom.current())));
        var ceilingWarmUp = ceiling("ceiling warm-up");
        var ceiling = ceiling("ceiling");

        setUp(uniformWarmUp
                        .injectOpen(constantUsersPerSec(missRate).during(missWarmUp))
                        .andThen(uniform.injectOpen(
                                        constantUsersPerSec(missRate).during(missLength))
                                .andThen(zipfWarmUp
                                        .injectOpen(constantUsersPerSec(rate).during(warmUp))
                                        .andThen(zipfMeasured
                                                .injectOpen(constantUsersPerSec(rate)
                                                        .during(measured))
                                                .andThen(ceilingWarmUp
                                                        .injectOpen(constantUsersPerSec(rate)
                                                                .during(warmUp))
                                                        .andThen(ceiling.injectOpen(constantUsersPerSec(rate)
                                                                .during(measured))))))))
                .protocols(Protocols.open(Bench.productUrl()))
                .assertions(global().failedRequests().percent().lt(Bench.maxErrorPercent()));
    }

    private ScenarioBuilder ceiling(String name) {
        return scenario(name)
                .exec(Recorded.request(
                        http(name).get(Bench.ceilingUrl() + "/ceiling").check(status().is(200)), log, name));
    }

    private ScenarioBuilder byId(String name, Function<Session, String> id) {
        return scenario(name)
                .exec(session -> session.set("id", id.apply(session)))
                .exec(Recorded.request(http(name).get("/api/products/#{id}").check(status().is(200)), log, name));
    }

    @Override
    public void after() {
        var entries = new LinkedHashMap<String, String>();
        entries.put("rate", Integer.toString(rate));
        entries.put("seconds", Long.toString(measured.toSeconds()));
        entries.put("miss-rate", Integer.toString(missRate));
        entries.put("miss-seconds", Long.toString(missLength.toSeconds()));
        entries.putAll(stats("uniform (cache misses)", missLength).entries("uniform"));
        entries.putAll(stats("zipf (cache hits)", measured).entries("zipf"));
        entries.putAll(stats("ceiling", measured).entries("ceiling"));
        Results.write("product-read", entries);
    }

    private LatencyStats stats(String series, Duration window) {
        List<Sample> samples = log.samples(series);
        return LatencyStats.of(samples, window.toMillis() / 1000.0);
    }
}
