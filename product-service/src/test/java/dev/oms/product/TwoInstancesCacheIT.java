package dev.oms.product;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.oms.platform.testing.DevTokens;
import dev.oms.product.support.CatalogTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two product-service processes (the packaged runner jar) on one database and broker: a write through A is seen
 * through B, which had the product cached, within a bounded time. The cache TTL is set far beyond that bound, so only
 * the event can have refreshed B.
 */
class TwoInstancesCacheIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final Path DEV_PUBLIC_KEY = Path.of("src/test/resources/dev-jwt/dev-public-key.pem");
    private static final Duration SEEN_WITHIN = Duration.ofSeconds(10);

    private static Instance a;
    private static Instance b;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        assertThat(JAR).as("the runner jar (package the service first)").isRegularFile();
        a = new Instance("product-a");
        b = new Instance("product-b");
        a.start();
        b.start();
        a.awaitReady();
        b.awaitReady();
    }

    @AfterAll
    static void stopBoth() throws InterruptedException {
        if (a != null) {
            a.stop();
        }
        if (b != null) {
            b.stop();
        }
    }

    @Test
    void anUpdateThroughOneInstanceIsSeenThroughTheOther() {
        var sku = "TWO-" + UUID.randomUUID().toString().substring(0, 8);
        String id = asAdmin(a)
                .contentType(ContentType.JSON)
                .body("""
                        {"sku":"%s","name":"Before","category":"two-instances","price":5,"stock":3}
                        """.formatted(sku))
                .post("/api/products")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // B reads it (from the database, once it is there) and caches it
        await().atMost(SEEN_WITHIN)
                .untilAsserted(() -> assertThat(nameThrough(b, id)).isEqualTo("Before"));
        assertThat(nameThrough(b, id)).isEqualTo("Before");

        asAdmin(a)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body("""
                        {"sku":"%s","name":"After","category":"two-instances","price":6}
                        """.formatted(sku))
                .put("/api/products/" + id)
                .then()
                .statusCode(200);
        asAdmin(a)
                .contentType(ContentType.JSON)
                .body("{\"delta\": 4, \"reason\": \"delivery\"}")
                .post("/api/products/" + id + "/stock-adjustments")
                .then()
                .statusCode(200);

        await().atMost(SEEN_WITHIN).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            var product = given().baseUri(b.url())
                    .get("/api/products/" + id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(product.getString("name")).isEqualTo("After");
            assertThat(product.getInt("availableStock")).isEqualTo(7);
            // one edit: the details version; the restock after it leaves it as it is
            assertThat(product.getInt("version")).isEqualTo(1);
        });
    }

    private static RequestSpecification asAdmin(Instance instance) {
        return given().baseUri(instance.url()).auth().oauth2(CatalogTokens.catalogAdmin());
    }

    private static String nameThrough(Instance instance, String id) {
        return given().baseUri(instance.url())
                .get("/api/products/" + id)
                .then()
                .statusCode(200)
                .extract()
                .path("name");
    }

    /** One service process. */
    private static final class Instance {

        private final String name;
        private final int port;
        private final Path log;
        private Process process;

        Instance(String name) throws IOException {
            this.name = name;
            this.port = freePort();
            this.log = Path.of("target", "it-logs", name + ".log");
        }

        void start() throws IOException {
            Files.createDirectories(log.getParent());
            var command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m",
                    "-Dquarkus.http.port=" + port,
                    "-Dquarkus.datasource.reactive.url=" + System.getProperty("it.reactive.url"),
                    "-Dquarkus.datasource.jdbc.url=" + System.getProperty("it.jdbc.url"),
                    "-Dquarkus.datasource.username=" + System.getProperty("it.db.user"),
                    "-Dquarkus.datasource.password=" + System.getProperty("it.db.password"),
                    "-Drabbitmq-host=" + System.getProperty("it.rabbitmq.host"),
                    "-Drabbitmq-virtual-host=" + System.getProperty("it.rabbitmq.vhost"),
                    "-Doms.cache.product-ttl=1H",
                    "-Doms.cache.list-ttl=1H",
                    // the packaged jar runs in the prod profile, which trusts only the key it is given
                    "-Dmp.jwt.verify.publickey.location=file:" + DEV_PUBLIC_KEY.toAbsolutePath(),
                    "-Dmp.jwt.verify.issuer=" + DevTokens.DEV_ISSUER,
                    "-jar",
                    JAR.toString()));
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                    .start();
        }

        void awaitReady() {
            await(name + " ready")
                    .atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(250))
                    .ignoreExceptions()
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException(name + " exited; see " + log.toAbsolutePath());
                        }
                        return status(url() + "/q/health/ready") == 200;
                    });
        }

        String url() {
            return "http://127.0.0.1:" + port;
        }

        void stop() throws InterruptedException {
            if (process != null && process.isAlive()) {
                process.destroy();
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        }

        private static int freePort() throws IOException {
            try (var socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }

        private static int status(String url) throws IOException {
            var connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(2000);
            try {
                return connection.getResponseCode();
            } finally {
                connection.disconnect();
            }
        }
    }
}
