package dev.oms.bench;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * Product list pages, {@code GET /api/products?...}: each arriving user takes one of the {@link ListQueries}, reads
 * its first page, then follows {@code nextCursor} for up to {@code bench.list.pages-per-query} pages in all. Users
 * arrive at {@code bench.list.rate} / pages-per-query per second, so pages are asked for at about
 * {@code bench.list.rate}/s (fewer when a query runs out of pages; the results say how many were read).
 * First pages are served from the service's first-page cache once warm; later pages always go to the database.
 */
public class ProductListSimulation extends Simulation {

    private static final String FIRST = "list first page";
    private static final String NEXT = "list next page";

    private final LatencyLog log = new LatencyLog();
    private final int pageRate = Bench.integer("bench.list.rate", 1000);
    private final int pagesPerQuery = Bench.integer("bench.list.pages-per-query", 5);
    private final Duration warmUp = Bench.seconds("bench.list.warmup-seconds", 10);
    private final Duration measured = Bench.seconds("bench.list.seconds", 30);

    {
        var queries = ListQueries.generate(
                Bench.integer("bench.list.queries", 200), 20_260_301L, Bench.integer("bench.list.page-size", 20));
        double userRate = (double) pageRate / pagesPerQuery;
        setUp(paging("list warm-up", queries, "warm-up")
                        .injectOpen(constantUsersPerSec(userRate).during(warmUp))
                        .andThen(paging("list pages", queries, "")
                                .injectOpen(constantUsersPerSec(userRate).during(measured))))
                .protocols(Protocols.open(Bench.productUrl()))
                .assertions(global().failedRequests().percent().lt(Bench.maxErrorPercent()));
    }

    private ScenarioBuilder paging(String name, List<String> queries, String seriesSuffix) {
        return scenario(name)
                .exec(session -> session.set(
                                "query", queries.get(ThreadLocalRandom.current().nextInt(queries.size())))
                        .set("pages", 1))
                .exec(page(FIRST + suffix(seriesSuffix), session -> session.getString("query")))
                .exec(asLongAs(session -> session.contains("cursor") && session.getInt("pages") < pagesPerQuery)
                        .on(exec(session -> session.set("next", session.getString("cursor"))
                                        .remove("cursor")
                                        .set("pages", session.getInt("pages") + 1))
                                .exec(page(
                                        NEXT + suffix(seriesSuffix),
                                        session -> ListQueries.withCursor(
                                                session.getString("query"), session.getString("next"))))));
    }

    private ChainBuilder page(String series, Function<Session, String> query) {
        // nextCursor is base64url text or null; the regex matches only the former, so a last page saves nothing
        return Recorded.request(
                http(series)
                        .get(session -> "/api/products?" + query.apply(session))
                        .check(
                                status().is(200),
                                regex("\"nextCursor\":\"([^\"]+)\"").optional().saveAs("cursor")),
                log,
                series);
    }

    private static String suffix(String seriesSuffix) {
        return seriesSuffix.isEmpty() ? "" : " (" + seriesSuffix + ")";
    }

    @Override
    public void after() {
        var seconds = measured.toMillis() / 1000.0;
        var first = log.samples(FIRST);
        var next = log.samples(NEXT);
        var all = new ArrayList<Sample>(first);
        all.addAll(next);
        var entries = new LinkedHashMap<String, String>();
        entries.put("rate", Integer.toString(pageRate));
        entries.put("pages-per-query", Integer.toString(pagesPerQuery));
        entries.put("seconds", Long.toString(measured.toSeconds()));
        entries.putAll(LatencyStats.of(all, seconds).entries("pages"));
        entries.putAll(LatencyStats.of(first, seconds).entries("first"));
        entries.putAll(LatencyStats.of(next, seconds).entries("next"));
        Results.write("product-list", entries);
    }
}
