package dev.oms.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every simulation, for a few seconds at a low rate, against both services and the ceiling started here from their
 * runner jars (the benchmark's own databases, cleaned at start, and RabbitMQ virtual host): the simulations keep
 * compiling and running, and a run that cannot start, fails a request or leaves an order unconfirmed fails the
 * build. Nothing here looks at a duration: timing is the full benchmark's business (scripts/benchmark.sh).
 */
class BenchmarkSmokeIT {

    private static final Path WORK = Path.of(System.getProperty("bench.work-dir", "target/smoke"));
    private static final Path RESULTS = WORK.resolve("results");
    private static final int SEEDED = 200;

    private static ServiceProcess product;
    private static ServiceProcess order;
    private static ServiceProcess ceiling;

    @BeforeAll
    static void startTheSystemAndSeedIt() throws Exception {
        var root = Path.of(System.getProperty("bench.repository-root", ".."))
                .toAbsolutePath()
                .normalize();
        var logs = WORK.resolve("logs");
        product = new ServiceProcess(
                "product-service",
                root.resolve("product-service/target/quarkus-app/quarkus-run.jar"),
                serviceProperties(root, "product"),
                "/q/health/ready",
                logs);
        order = new ServiceProcess(
                "order-service",
                root.resolve("order-service/target/quarkus-app/quarkus-run.jar"),
                serviceProperties(root, "order"),
                "/q/health/ready",
                logs);
        ceiling = new ServiceProcess(
                "http-ceiling",
                root.resolve("http-ceiling/target/quarkus-app/quarkus-run.jar"),
                Map.of(),
                "/ceiling",
                logs);
        for (var process : new ServiceProcess[] {product, order, ceiling}) {
            process.start();
        }
        for (var process : new ServiceProcess[] {product, order, ceiling}) {
            process.awaitReady(Duration.ofSeconds(120));
        }
        assertThat(run(
                        "SeedCatalogueSimulation",
                        Map.of("bench.seed.count", Integer.toString(SEEDED), "bench.seed.concurrency", "8")))
                .as("seeding exit code")
                .isZero();
        assertThat(result("seed")).containsEntry("products", Integer.toString(SEEDED));
    }

    @AfterAll
    static void stopTheSystem() throws InterruptedException {
        for (var process : new ServiceProcess[] {ceiling, order, product}) {
            if (process != null) {
                process.close();
            }
        }
    }

    @Test
    void productReadsMissAndHitTheCacheAndTheCeilingAnswers() throws Exception {
        assertThat(run(
                        "ProductReadSimulation",
                        Map.of(
                                "bench.read.rate",
                                "20",
                                "bench.read.warmup-seconds",
                                "1",
                                "bench.read.seconds",
                                "1",
                                "bench.read.miss-rate",
                                "20",
                                "bench.read.miss-seconds",
                                "1")))
                .as("exit code")
                .isZero();
        var result = result("product-read");
        for (var series : new String[] {"uniform", "zipf", "ceiling"}) {
            assertThat(Integer.parseInt(result.get(series + ".count")))
                    .as(series + " requests")
                    .isPositive();
            assertThat(result).containsEntry(series + ".errors", "0");
        }
    }

    @Test
    void theThroughputProbeComparesTheProductReadWithTheCeiling() throws Exception {
        assertThat(run(
                        "ThroughputProbeSimulation",
                        Map.of(
                                "bench.probe.users",
                                "4",
                                "bench.probe.warmup-seconds",
                                "1",
                                "bench.probe.seconds",
                                "1")))
                .as("exit code")
                .isZero();
        var result = result("throughput-probe");
        assertThat(Integer.parseInt(result.get("ceiling.count"))).isPositive();
        assertThat(Integer.parseInt(result.get("product.count"))).isPositive();
        assertThat(result).containsEntry("ceiling.errors", "0").containsEntry("product.errors", "0");
        assertThat(Double.parseDouble(result.get("ratio-percent"))).isPositive();
    }

    @Test
    void listPagesFollowTheirCursors() throws Exception {
        assertThat(run(
                        "ProductListSimulation",
                        Map.of(
                                "bench.list.rate",
                                "30",
                                "bench.list.pages-per-query",
                                "3",
                                "bench.list.page-size",
                                "5",
                                "bench.list.warmup-seconds",
                                "1",
                                "bench.list.seconds",
                                "2")))
                .as("exit code")
                .isZero();
        var result = result("product-list");
        assertThat(Integer.parseInt(result.get("first.count")))
                .as("first pages")
                .isPositive();
        assertThat(Integer.parseInt(result.get("next.count")))
                .as("pages reached by a cursor")
                .isPositive();
        assertThat(result).containsEntry("pages.errors", "0");
    }

    @Test
    void theDailyMixSendsEveryKindOfRequestLevelByLevel() throws Exception {
        // a goal no smoke can break: the levels must run, their timing is not the smoke's business
        assertThat(run(
                        "DailyMixSimulation",
                        Map.of(
                                "bench.mix.start-rate",
                                "15",
                                "bench.mix.step",
                                "15",
                                "bench.mix.levels",
                                "2",
                                "bench.mix.level-seconds",
                                "2",
                                "bench.mix.goal.p99-ms",
                                "60000",
                                "bench.mix.warmup-seconds",
                                "1")))
                .as("exit code")
                .isZero();
        var result = result("daily-mix");
        assertThat(result).containsEntry("levels", "2").containsEntry("capacity.found", "true");
        for (var kind : DailyMixSimulation.KINDS) {
            var key = "kind." + kind.replace(' ', '-');
            assertThat(Integer.parseInt(result.get(key + ".count"))).as(kind).isPositive();
            assertThat(result).containsEntry(key + ".errors", "0");
        }
    }

    @Test
    void everyPlacedOrderIsConfirmedAndItsLatencyMeasured() throws Exception {
        assertThat(run(
                        "OrdersSimulation",
                        Map.of(
                                "bench.orders.rate",
                                "5",
                                "bench.orders.seconds",
                                "2",
                                "bench.orders.settle-seconds",
                                "60")))
                .as("exit code")
                .isZero();
        var result = result("orders");
        int placed = Integer.parseInt(result.get("placed"));
        assertThat(placed).isEqualTo(Integer.parseInt(result.get("placement.count")));
        assertThat(placed).isPositive();
        assertThat(result)
                .containsEntry("confirmed", Integer.toString(placed))
                .containsEntry("pending", "0")
                .containsEntry("rejected", "0")
                .containsEntry("refused", "0")
                .containsEntry("placement.errors", "0");
        assertThat(Double.parseDouble(result.get("confirmed-per-second"))).isPositive();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void clientsPlacingBackToBackHaveEveryOrderSettledAndTheStockAccountedFor(boolean hot) throws Exception {
        var name = hot ? "smoke-throughput-hot" : "smoke-throughput-many";
        assertThat(run(
                        "OrderThroughputSimulation",
                        Map.of(
                                "bench.throughput.clients",
                                "3",
                                "bench.throughput.seconds",
                                "2",
                                "bench.throughput.settle-seconds",
                                "60",
                                "bench.throughput.hot",
                                Boolean.toString(hot),
                                "bench.results.name",
                                name)))
                .as("exit code")
                .isZero();
        var result = result(name);
        int placed = Integer.parseInt(result.get("placed"));
        assertThat(placed).isPositive();
        assertThat(result)
                .containsEntry("hot", Boolean.toString(hot))
                .containsEntry("confirmed", Integer.toString(placed))
                .containsEntry("pending", "0")
                .containsEntry("invariant.final", "held")
                .containsEntry("invariant.stock", "held");
        long units = Long.parseLong(result.get("stock.confirmed-units"));
        // one unit per line: a hot order has one line, the others one to three
        assertThat(units).isBetween((long) placed, hot ? placed : 3L * placed);
    }

    private static int run(String simulation, Map<String, String> settings) throws IOException, InterruptedException {
        var properties = new LinkedHashMap<String, String>();
        properties.put("bench.product-url", product.baseUrl());
        properties.put("bench.order-url", order.baseUrl());
        properties.put("bench.ceiling-url", ceiling.baseUrl());
        properties.put("bench.results-dir", RESULTS.toAbsolutePath().toString());
        properties.put("bench.repository-root", System.getProperty("bench.repository-root", ".."));
        properties.putAll(settings);
        return GatlingRun.run(
                simulation, properties, WORK.resolve("gatling"), WORK.resolve("logs/" + simulation + ".log"), 180);
    }

    private static Map<String, String> result(String name) {
        var file = RESULTS.resolve(name + ".properties");
        assertThat(file).as("results of " + name).exists();
        return Results.read(file);
    }

    /** The settings scripts/benchmark.sh gives the services, as system properties. */
    private static Map<String, String> serviceProperties(Path root, String service) {
        var host = System.getProperty("bench.db.host", "127.0.0.1");
        var database = System.getProperty("bench." + service + ".db.name", "oms_bench_" + service);
        var properties = new LinkedHashMap<String, String>();
        properties.put("quarkus.datasource.reactive.url", "postgresql://" + host + ":5432/" + database);
        properties.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://" + host + ":5432/" + database);
        properties.put("quarkus.datasource.username", "postgres");
        properties.put("quarkus.datasource.password", "postgres");
        properties.put("quarkus.flyway.clean-at-start", "true");
        properties.put("quarkus.flyway.clean-disabled", "false");
        properties.put("rabbitmq-host", System.getProperty("bench.rabbitmq.host", "127.0.0.1"));
        properties.put("rabbitmq-virtual-host", System.getProperty("bench.rabbitmq.vhost", "oms-bench"));
        properties.put("mp.jwt.verify.publickey.location", "file:" + root.resolve("dev/jwt/dev-public-key.pem"));
        properties.put("mp.jwt.verify.issuer", dev.oms.platform.testing.DevTokens.DEV_ISSUER);
        // a packaged service refuses the development key unless told explicitly that this is a local run
        properties.put("oms.security.development-key-allowed", "true");
        return properties;
    }
}
