package dev.oms.product.support;

import static org.awaitility.Awaitility.await;

import dev.oms.platform.testing.DevTokens;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One product-service process from the packaged runner jar (the prod profile), on the failsafe suite's database and
 * broker (it.* properties), trusting the development key.
 */
public final class PackagedInstance {

    public static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final Path DEV_PUBLIC_KEY = Path.of("src/test/resources/dev-jwt/dev-public-key.pem");

    private final String name;
    private final int port;
    private final Path log;
    private final List<String> properties;
    private Process process;

    /** {@code properties}: more {@code -Dname=value} arguments. */
    public PackagedInstance(String name, String... properties) throws IOException {
        this.name = name;
        this.port = freePort();
        this.log = Path.of("target", "it-logs", name + ".log");
        this.properties = List.of(properties);
    }

    public void start() throws IOException {
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
                // the packaged jar runs in the prod profile, which trusts only the key it is given
                "-Dmp.jwt.verify.publickey.location=file:" + DEV_PUBLIC_KEY.toAbsolutePath(),
                "-Dmp.jwt.verify.issuer=" + DevTokens.DEV_ISSUER));
        command.addAll(properties);
        command.addAll(List.of("-jar", JAR.toString()));
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                .start();
    }

    public void awaitReady() {
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

    /** The exit code once the process has ended by itself within this time. */
    public int awaitExit(Duration within) throws InterruptedException {
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException(name + " is still running after " + within + "; see " + log);
        }
        return process.exitValue();
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public void stop() throws InterruptedException {
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
