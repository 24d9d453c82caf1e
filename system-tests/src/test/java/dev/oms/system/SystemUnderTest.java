package dev.oms.system;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The running system the tests talk to: either a deployment given by URL ({@code -Dsystem.product-url} and
 * {@code -Dsystem.order-url}), or both services started here from their runner jars, once for the whole test run,
 * on free ports, with databases of their own that are cleaned at start. The processes are stopped when the run ends,
 * whether the tests passed or not.
 *
 * <p>Only when the services were started here can a scenario kill them or move them to another broker
 * ({@link #assumeStartedHere()}); against a deployment such scenarios are skipped. Their databases and broker can be
 * inspected (read-only) when started here, or for a deployment when {@code -Dsystem.inspect=true} says that the
 * database and broker settings given describe it.
 */
public final class SystemUnderTest implements BeforeAllCallback {

    private static String productUrl;
    private static String orderUrl;
    private static Processes processes;

    public static String productUrl() {
        return productUrl;
    }

    public static String orderUrl() {
        return orderUrl;
    }

    /** Whether the services are processes of this test run (so they can be killed, restarted, re-pointed). */
    static boolean startedHere() {
        return processes != null && processes.product != null;
    }

    /** Skips (never passes) a scenario that needs to control the processes, against a deployment given by URL. */
    static void assumeStartedHere() {
        Assumptions.assumeTrue(
                startedHere(),
                "needs the services as processes of this run; a deployment given by"
                        + " URL (-Dsystem.product-url) cannot be killed or re-pointed from here");
    }

    /** Whether the databases and the broker of the system under test can be read from here. */
    static boolean inspectable() {
        return startedHere() || Boolean.getBoolean("system.inspect");
    }

    static void assumeInspectable() {
        Assumptions.assumeTrue(
                inspectable(),
                "needs the broker (and databases) of the deployment: pass"
                        + " -Dsystem.inspect=true with -Dsystem.rabbitmq.* and -Dsystem.*.db.* describing it");
    }

    static ServiceProcess productService() {
        assumeStartedHere();
        return processes.product;
    }

    static ServiceProcess orderService() {
        assumeStartedHere();
        return processes.order;
    }

    /** The broker the services use now. */
    static BrokerAddress broker() {
        return processes != null && processes.broker != null ? processes.broker : BrokerAddress.configured();
    }

    static Optional<Database> productDatabase() {
        return inspectable() ? Optional.of(database("product")) : Optional.empty();
    }

    static Optional<Database> orderDatabase() {
        return inspectable() ? Optional.of(database("order")) : Optional.empty();
    }

    private static Database database(String service) {
        return processes != null && processes.databases != null
                ? processes.databases.of(service)
                : Database.of(service);
    }

    /**
     * Restarts both services on databases of a server of the scenario's own (fresh: the services migrate them), and
     * waits until they are ready; the invariants then read those. Used to run a scenario on a database it may stop.
     */
    static void moveTo(PrivateDatabase databases) {
        assumeStartedHere();
        restartBoth(Map.of(), Map.of("product", databases.of("product"), "order", databases.of("order")));
        processes.databases = databases;
    }

    /** Restarts both services on the databases they were given at start (the shared server's, as they left them). */
    static void moveBackToTheConfiguredDatabases() {
        assumeStartedHere();
        processes.databases = null;
        restartBoth(Map.of(), Map.of("product", Database.of("product"), "order", Database.of("order")));
    }

    /**
     * Restarts both services on another broker (keeping their databases), and waits until they are ready. Used to
     * run a scenario on a broker of its own that it may stop, never on the shared one.
     */
    static void moveTo(BrokerAddress broker) {
        assumeStartedHere();
        restartBoth(brokerProperties(broker), Map.of());
        processes.broker = broker;
    }

    /**
     * Restarts one service on another broker and waits until it is ready; the other stays where it is (or stopped).
     * The scenario moves both back with {@link #moveTo(BrokerAddress)}.
     */
    static void moveOneTo(BrokerAddress broker, ServiceProcess service) {
        assumeStartedHere();
        try {
            service.restart(brokerProperties(broker));
            service.awaitReadyAfterRestart(Duration.ofSeconds(90));
        } catch (IOException e) {
            throw new IllegalStateException("Could not restart " + service.name() + " on " + broker, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> brokerProperties(BrokerAddress broker) {
        return Map.of(
                "rabbitmq-host",
                broker.host(),
                "rabbitmq-port",
                String.valueOf(broker.port()),
                "rabbitmq-virtual-host",
                broker.vhost());
    }

    private static void restartBoth(Map<String, String> changes, Map<String, Database> databases) {
        try {
            processes.order.restart(withDatabase(changes, databases.get("order")));
            processes.product.restart(withDatabase(changes, databases.get("product")));
        } catch (IOException e) {
            throw new IllegalStateException("Could not restart the services", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        try {
            processes.product.awaitReadyAfterRestart(Duration.ofSeconds(90));
            processes.order.awaitReadyAfterRestart(Duration.ofSeconds(90));
        } catch (IOException e) {
            throw new IllegalStateException("Could not restart the services", e);
        }
    }

    private static Map<String, String> withDatabase(Map<String, String> changes, Database database) {
        if (database == null) {
            return changes;
        }
        var all = new LinkedHashMap<>(changes);
        all.putAll(Processes.databaseProperties(database));
        return all;
    }

    /** Starts a killed (or stopped) service again on its port and data, and waits until it is ready. */
    static void startAgain(ServiceProcess service) {
        try {
            service.restart(Map.of());
            service.awaitReadyAfterRestart(Duration.ofSeconds(90));
        } catch (IOException e) {
            throw new IllegalStateException("Could not start " + service.name() + " again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        processes = context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(Processes.class, key -> Processes.start(), Processes.class);
    }

    /** Owned by the root extension store, which closes it when the test run ends. */
    static final class Processes implements AutoCloseable {

        private final ServiceProcess product;
        private final ServiceProcess order;
        private BrokerAddress broker;
        private PrivateDatabase databases;

        private Processes(ServiceProcess product, ServiceProcess order, BrokerAddress broker) {
            this.product = product;
            this.order = order;
            this.broker = broker;
        }

        static Processes start() {
            var givenProduct = System.getProperty("system.product-url");
            var givenOrder = System.getProperty("system.order-url");
            if (givenProduct != null && givenOrder != null) {
                productUrl = givenProduct;
                orderUrl = givenOrder;
                return new Processes(null, null, null);
            }
            var root = Path.of(System.getProperty("system.repository-root", ".."));
            var logs = Path.of("target", "system-logs");
            var product = new ServiceProcess(
                    "product-service",
                    runner(root, "product-service"),
                    LocalHost.freePort(),
                    serviceProperties("product"),
                    logs);
            var order = new ServiceProcess(
                    "order-service",
                    runner(root, "order-service"),
                    LocalHost.freePort(),
                    serviceProperties("order"),
                    logs);
            var processes = new Processes(product, order, BrokerAddress.configured());
            Runtime.getRuntime().addShutdownHook(new Thread(processes::closeQuietly));
            try {
                emptyTheServicesQueues();
                product.start();
                order.start();
                product.awaitReady(Duration.ofSeconds(90));
                order.awaitReady(Duration.ofSeconds(90));
            } catch (IOException | RuntimeException e) {
                processes.closeQuietly();
                throw new IllegalStateException("Could not start the system: " + e.getMessage(), e);
            }
            productUrl = product.baseUrl();
            orderUrl = order.baseUrl();
            return processes;
        }

        @Override
        public void close() {
            closeQuietly();
        }

        private void closeQuietly() {
            for (var process : new ServiceProcess[] {order, product}) {
                if (process != null) {
                    try {
                        process.close();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        }

        /**
         * The databases are cleaned at start, so the queues are emptied too: what a previous run left there (events of
         * orders that no longer exist, dead letters of a test that failed half-way) is not this run's.
         */
        private static void emptyTheServicesQueues() {
            try (var broker = Broker.connect(BrokerAddress.configured())) {
                Broker.SERVICE_QUEUES.forEach(broker::purge);
            }
        }

        private static Path runner(Path root, String service) {
            return root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        }

        /** Database ({@link Database#of}) and broker ({@link BrokerAddress#configured}) settings of one service. */
        private static Map<String, String> serviceProperties(String service) {
            var properties = new LinkedHashMap<>(databaseProperties(Database.of(service)));
            properties.put("quarkus.flyway.clean-at-start", "true");
            properties.put("quarkus.flyway.clean-disabled", "false");
            var broker = BrokerAddress.configured();
            properties.put("rabbitmq-host", broker.host());
            properties.put("rabbitmq-port", String.valueOf(broker.port()));
            properties.put("rabbitmq-virtual-host", broker.vhost());
            // the jars run in the prod profile, which trusts no key until it is given one: here, the dev key
            properties.put("mp.jwt.verify.publickey.location", "file:" + Tokens.devPublicKey());
            properties.put("mp.jwt.verify.issuer", dev.oms.platform.testing.DevTokens.DEV_ISSUER);
            // which a packaged service refuses unless told explicitly that this is a local run
            properties.put("oms.security.development-key-allowed", "true");
            return properties;
        }

        static Map<String, String> databaseProperties(Database database) {
            var properties = new HashMap<String, String>(Map.of(
                    "quarkus.datasource.reactive.url", database.reactiveUrl(),
                    "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                    "quarkus.datasource.username", database.username(),
                    "quarkus.datasource.password", database.password()));
            properties.putAll(database.reactiveEncryption());
            return properties;
        }
    }
}
