package dev.oms.system;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server of this test's own ({@code initdb} into a temporary directory, on a free port, trusting local
 * connections): a scenario may stop and start it; the shared server on 5432 is never touched, other builds use it. It
 * runs the installed server's programs (PG_BIN_DIR, default the newest /usr/lib/postgresql/N/bin); as root, as the
 * {@code postgres} user, since PostgreSQL refuses to run as root.
 */
final class PrivateDatabase implements AutoCloseable {

    private final Path bin;
    private final Path data;
    private final int port;

    private PrivateDatabase(Path bin, Path data, int port) {
        this.bin = bin;
        this.data = data;
        this.port = port;
    }

    static boolean installed() {
        return binDir() != null;
    }

    /** A fresh server with one empty database per service (named as the shared ones), accepting connections. */
    static PrivateDatabase start() {
        try {
            var home = Files.createTempDirectory("oms-system-postgresql-");
            var database = new PrivateDatabase(binDir(), home.resolve("data"), LocalHost.freePort());
            try {
                if (runningAsRoot()) {
                    database.execute(List.of("chown", "postgres", home.toString()));
                }
                database.run("initdb", "-D", database.data.toString(), "-U", "postgres", "--auth=trust", "-E", "UTF8");
                database.startServer();
                for (var service : List.of("product", "order")) {
                    database.run(
                            "createdb",
                            "-h",
                            "127.0.0.1",
                            "-p",
                            String.valueOf(database.port),
                            "-U",
                            "postgres",
                            "oms_" + service + "_system");
                }
            } catch (RuntimeException e) {
                database.close();
                throw e;
            }
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The connection settings of a service's database on this server, as {@link SystemUnderTest} passes them on. */
    Database of(String service) {
        var name = "oms_" + service + "_system";
        return new Database(
                service,
                "postgresql://127.0.0.1:" + port + "/" + name,
                "jdbc:postgresql://127.0.0.1:" + port + "/" + name,
                "postgres",
                "postgres");
    }

    /** Stops the server as a crash or a failover does: every connection drops at once, nothing is shut down cleanly. */
    void stopImmediately() {
        run("pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
        await("the private PostgreSQL refusing connections")
                .atMost(Duration.ofSeconds(30))
                .until(() -> !accepting());
    }

    /** Starts it again on its port and data (it recovers from its write-ahead log first). */
    void startServer() {
        run(
                "pg_ctl",
                "-D",
                data.toString(),
                "-l",
                data.resolveSibling("server.log").toString(),
                "-o",
                "-p " + port + " -k " + data.getParent() + " -c listen_addresses=127.0.0.1 -c max_connections=100",
                "-w",
                "start");
        await("the private PostgreSQL accepting connections")
                .atMost(Duration.ofSeconds(60))
                .until(this::accepting);
    }

    boolean accepting() {
        return LocalHost.accepting(port);
    }

    /** Stops the server and deletes its directory. Safe to call on a server that failed to start. */
    @Override
    public void close() {
        try {
            run("pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
        } catch (RuntimeException e) {
            // never started, or already stopped
        }
        LocalHost.deleteRecursively(data.getParent());
    }

    private void run(String program, String... arguments) {
        var command = new ArrayList<String>();
        if (runningAsRoot()) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        execute(command);
    }

    private void execute(List<String> command) {
        try {
            var process = new ProcessBuilder(command).redirectErrorStream(true).start();
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(
                        String.join(" ", command) + " failed with " + process.exitValue() + ": " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static Path binDir() {
        var given = System.getenv("PG_BIN_DIR");
        if (given != null) {
            return Files.isExecutable(Path.of(given, "initdb")) ? Path.of(given) : null;
        }
        try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(dir -> Files.isExecutable(dir.resolve("initdb")))
                    .max(Comparator.comparing(dir ->
                            Integer.parseInt(dir.getParent().getFileName().toString())))
                    .orElse(null);
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }
}
