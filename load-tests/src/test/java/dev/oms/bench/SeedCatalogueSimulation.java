package dev.oms.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fills the catalogue: {@code bench.seed.count} products ({@link SeedProducts}) added through the API by
 * {@code bench.seed.concurrency} users at once. Not a measurement; its report only says how long seeding took.
 */
public class SeedCatalogueSimulation extends Simulation {

    private final int count = Bench.integer("bench.seed.count", 10_000);
    private final AtomicInteger next = new AtomicInteger();
    private final long started = System.currentTimeMillis();

    {
        var add = http("add product")
                .post("/api/products")
                .header("Authorization", Tokens.bearer(Tokens.CATALOG_ADMIN))
                .header("Content-Type", "application/json")
                .body(StringBody(session -> SeedProducts.json(session.getInt("i"))))
                .check(status().is(201));

        var seeder = scenario("seed the catalogue")
                .asLongAs(session -> next.get() < count)
                .on(exec(session -> session.set("i", next.getAndIncrement()))
                        .exec(doIf(session -> session.getInt("i") < count).then(exec(add))));

        setUp(seeder.injectOpen(atOnceUsers(Bench.integer("bench.seed.concurrency", 16))))
                .protocols(Protocols.closed(Bench.productUrl()))
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void after() {
        double seconds = (System.currentTimeMillis() - started) / 1000.0;
        Results.write(
                "seed",
                Map.of(
                        "products",
                        Integer.toString(count),
                        "seconds",
                        Results.number(seconds),
                        "products-per-second",
                        Results.number(count / seconds)));
    }
}
