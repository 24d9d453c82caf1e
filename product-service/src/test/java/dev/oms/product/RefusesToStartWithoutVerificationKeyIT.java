package dev.oms.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged runner jar (prod profile) given everything but a token verification key and issuer: it must exit with
 * a failure that says what to configure, rather than start and answer every protected call with 401.
 */
class RefusesToStartWithoutVerificationKeyIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

    @Test
    void theProductionJarExitsNonZeroNamingTheMissingSettings() throws Exception {
        assertThat(JAR).as("the runner jar (package the service first)").isRegularFile();
        var log = Path.of("target", "it-logs", "product-without-key.log");
        Files.createDirectories(log.getParent());
        var process = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-Dquarkus.http.port=0",
                        "-Dquarkus.datasource.reactive.url=" + System.getProperty("it.reactive.url"),
                        "-Dquarkus.datasource.jdbc.url=" + System.getProperty("it.jdbc.url"),
                        "-Dquarkus.datasource.username=" + System.getProperty("it.db.user"),
                        "-Dquarkus.datasource.password=" + System.getProperty("it.db.password"),
                        "-Drabbitmq-host=" + System.getProperty("it.rabbitmq.host"),
                        "-Drabbitmq-virtual-host=" + System.getProperty("it.rabbitmq.vhost"),
                        "-jar",
                        JAR.toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        // an environment that configures a key would defeat the test
        process.environment().keySet().removeIf(name -> name.startsWith("MP_JWT") || name.startsWith("SMALLRYE_JWT"));
        var started = process.start();
        try {
            await("the jar exits").atMost(Duration.ofSeconds(90)).until(() -> !started.isAlive());

            assertThat(started.exitValue()).isNotZero();
            assertThat(Files.readString(log))
                    .contains("Refusing to start: bearer tokens cannot be verified without")
                    .contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION")
                    .contains("MP_JWT_VERIFY_ISSUER");
        } finally {
            if (started.isAlive()) {
                started.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
