package dev.oms.system;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A RabbitMQ node of this test's own, on free ports, with its data, logs, config and Erlang cookie in a temporary
 * directory: a scenario may stop and start it (the shared broker on 5672 is never touched, other builds use it). It
 * runs the installed server's scripts directly (RABBITMQ_SCRIPTS_DIR, default /usr/lib/rabbitmq/bin, which the Debian
 * package installs; scripts/infra.sh installs it) as the current user.
 */
final class PrivateBroker implements AutoCloseable {

    private final Path scripts;
    private final Path home;
    private final String node;
    private final int port;
    private final Map<String, String> environment;

    private PrivateBroker(Path scripts, Path home, String node, int port, Map<String, String> environment) {
        this.scripts = scripts;
        this.home = home;
        this.node = node;
        this.port = port;
        this.environment = environment;
    }

    static boolean installed() {
        return Files.isExecutable(scriptsDir().resolve("rabbitmq-server"));
    }

    /** Starts a fresh node and waits until it takes AMQP connections. */
    static PrivateBroker start() {
        var scripts = scriptsDir();
        try {
            var home = Files.createTempDirectory("oms-system-rabbitmq-");
            var port = LocalHost.freePort();
            var node = "oms-sys-" + UUID.randomUUID().toString().substring(0, 8) + "@localhost";
            var cookie = home.resolve(".erlang.cookie");
            Files.writeString(cookie, UUID.randomUUID().toString().replace("-", ""));
            Files.setPosixFilePermissions(cookie, PosixFilePermissions.fromString("r--------"));
            Files.writeString(
                    home.resolve("rabbitmq.conf"),
                    "listeners.tcp.local = 127.0.0.1:" + port + "\n" + "loopback_users = none\n");
            // our own env file instead of /etc/rabbitmq/rabbitmq-env.conf, which names the shared node
            Files.writeString(home.resolve("rabbitmq-env.conf"), "ERL_EPMD_ADDRESS=127.0.0.1\n");
            Files.writeString(home.resolve("enabled_plugins"), "[].\n");
            var environment = Map.ofEntries(
                    Map.entry("HOME", home.toString()),
                    Map.entry("RABBITMQ_NODENAME", node),
                    Map.entry("RABBITMQ_NODE_IP_ADDRESS", "127.0.0.1"),
                    Map.entry("RABBITMQ_NODE_PORT", String.valueOf(port)),
                    Map.entry("RABBITMQ_DIST_PORT", String.valueOf(LocalHost.freePort())),
                    Map.entry(
                            "RABBITMQ_CONFIG_FILE",
                            home.resolve("rabbitmq.conf").toString()),
                    Map.entry(
                            "RABBITMQ_CONF_ENV_FILE",
                            home.resolve("rabbitmq-env.conf").toString()),
                    Map.entry(
                            "RABBITMQ_ENABLED_PLUGINS_FILE",
                            home.resolve("enabled_plugins").toString()),
                    Map.entry("RABBITMQ_MNESIA_BASE", home.resolve("mnesia").toString()),
                    Map.entry("RABBITMQ_LOG_BASE", home.resolve("log").toString()),
                    Map.entry("RABBITMQ_PID_FILE", home.resolve("rabbitmq.pid").toString()),
                    Map.entry("RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS", "-kernel inet_dist_use_interface {127,0,0,1}"));
            var broker = new PrivateBroker(scripts, home, node, port, environment);
            try {
                broker.run("rabbitmq-server", "-detached");
                await(node + " accepting connections")
                        .atMost(Duration.ofSeconds(60))
                        .pollInterval(Duration.ofMillis(500))
                        .until(broker::accepting);
            } catch (RuntimeException e) {
                broker.close();
                throw e;
            }
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts a node and moves both services onto it (restarting them, their data kept). Skips the calling class when
     * the services are a deployment given by URL.
     */
    static PrivateBroker startAndMoveTheServicesOnto() {
        SystemUnderTest.assumeStartedHere();
        var broker = start();
        try {
            SystemUnderTest.moveTo(broker.address());
        } catch (RuntimeException | Error e) {
            broker.close();
            throw e;
        }
        return broker;
    }

    /** Moves the services back to the broker they were given, then shuts the node down: also after a failure. */
    void moveTheServicesBackAndClose() {
        try {
            SystemUnderTest.moveTo(BrokerAddress.configured());
        } finally {
            close();
        }
    }

    BrokerAddress address() {
        return new BrokerAddress("127.0.0.1", port, "/", "guest", "guest");
    }

    /** Stops RabbitMQ on the node (the Erlang VM stays): every connection drops, the port refuses new ones. */
    void stopApp() {
        run("rabbitmqctl", "-q", "-n", node, "stop_app");
        await(node + " refusing connections").atMost(Duration.ofSeconds(30)).until(() -> !accepting());
    }

    /** Starts RabbitMQ on the node again, with the durable queues and messages it had. */
    void startApp() {
        run("rabbitmqctl", "-q", "-n", node, "start_app");
        await(node + " accepting connections").atMost(Duration.ofSeconds(60)).until(this::accepting);
    }

    boolean accepting() {
        return LocalHost.accepting(port);
    }

    /** Shuts the node down and deletes its directory. Safe to call on a node that failed to start. */
    @Override
    public void close() {
        try {
            run("rabbitmqctl", "-q", "-n", node, "shutdown");
        } catch (RuntimeException e) {
            killByPidFile();
        }
        LocalHost.deleteRecursively(home);
    }

    /** What {@code rabbitmqctl} answers on this node, e.g. {@code list_bindings}. */
    String rabbitmqctl(String... arguments) {
        run("rabbitmqctl", arguments);
        try {
            return Files.readString(home.resolve("cli-output.txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void killByPidFile() {
        try {
            var pid = Long.parseLong(
                    Files.readString(home.resolve("rabbitmq.pid")).trim());
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        } catch (IOException | NumberFormatException e) {
            // no pid file: the node never started
        }
    }

    private void run(String script, String... arguments) {
        var command = new ArrayList<String>();
        command.add(scripts.resolve(script).toString());
        command.addAll(List.of(arguments));
        // to a file, not a pipe: the detached server would hold a pipe open for as long as it runs
        var output = home.resolve("cli-output.txt");
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        try {
            var process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(script + " " + String.join(" ", arguments) + " did not finish");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(script + " " + String.join(" ", arguments) + " failed with "
                        + process.exitValue() + ": " + Files.readString(output, StandardCharsets.UTF_8)
                        + " (logs in " + home.resolve("log") + ")");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path scriptsDir() {
        return Path.of(System.getProperty(
                "system.rabbitmq.scripts",
                System.getenv().getOrDefault("RABBITMQ_SCRIPTS_DIR", "/usr/lib/rabbitmq/bin")));
    }
}
