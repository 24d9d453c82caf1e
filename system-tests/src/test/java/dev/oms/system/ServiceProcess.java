package dev.oms.system;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service started from its packaged runner jar, as an operator would run it. It can be killed the hard way
 * ({@code kill -9}) and started again on the same port and database, as a crashed replica is restarted.
 */
final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final Path jar;
    private final int port;
    private final Map<String, String> properties;
    private final Path log;
    private Process process;

    ServiceProcess(String name, Path jar, int port, Map<String, String> properties, Path logDir) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.properties = new LinkedHashMap<>(properties);
        this.log = logDir.resolve(name + ".log");
    }

    String name() {
        return name;
    }

    void start() throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " does not exist: package the services first (mvn verify builds"
                    + " them before this module)");
        }
        Files.createDirectories(log.getParent());
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-Dquarkus.http.port=" + port);
        command.add("-jar");
        command.add(jar.toString());
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    /**
     * Starts the service again with some settings changed, keeping its data: a restart never cleans the database,
     * whatever the first start did.
     */
    void restart(Map<String, String> changes) throws IOException, InterruptedException {
        stop();
        properties.putAll(changes);
        properties.put("quarkus.flyway.clean-at-start", "false");
        start();
    }

    /** kill -9: no shutdown hook runs, nothing is flushed, in-flight messages stay unacknowledged. */
    void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " did not die after SIGKILL");
            }
        }
    }

    /**
     * SIGTERM, as Kubernetes and docker compose stop a container, and waits for the process to end by itself: how
     * long it took.
     */
    Duration terminate() throws InterruptedException {
        var asked = System.nanoTime();
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException(name + " did not stop within 60 s of SIGTERM");
        }
        return Duration.ofNanos(System.nanoTime() - asked);
    }

    /** Where the log ends now: {@link #logSince(long)} then reads only what was written after. */
    long logMark() throws IOException {
        return Files.size(log);
    }

    String logSince(long mark) throws IOException {
        var all = Files.readAllBytes(log);
        return new String(
                all,
                (int) Math.min(mark, all.length),
                (int) Math.max(0, all.length - mark),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    void awaitReady(Duration timeout) {
        await(name + " ready on port " + port)
                .atMost(timeout)
                .pollInterval(Duration.ofMillis(250))
                .ignoreExceptions()
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
                    }
                    return readiness() == 200;
                });
    }

    /**
     * Waits for a restarted service. Once in a while on this shared machine a freshly started JVM was ended by a
     * SIGTERM from outside (exit 143, not a line logged; something else here stopping processes): that is not the
     * service failing, so it is started once more. Any other exit fails as it should.
     */
    void awaitReadyAfterRestart(Duration timeout) throws IOException {
        try {
            awaitReady(timeout);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            if (process.isAlive() || process.exitValue() != 143) {
                throw e;
            }
            System.out.println("[system] " + name + " was terminated from outside while starting; starting it again");
            start();
            awaitReady(timeout);
        }
    }

    /** The status of {@code /q/health/ready}: 200 UP, 503 DOWN, -1 when nothing answers. */
    int readiness() {
        try {
            return status(baseUrl() + "/q/health/ready");
        } catch (IOException e) {
            return -1;
        }
    }

    /** The status of {@code /q/health/live}: 200 UP, 503 DOWN, -1 when nothing answers. */
    int liveness() {
        try {
            return status(baseUrl() + "/q/health/live");
        } catch (IOException e) {
            return -1;
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
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
