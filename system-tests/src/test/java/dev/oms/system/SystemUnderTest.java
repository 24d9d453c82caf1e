package dev.oms.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The running system the tests talk to: either a deployment given by URL ({@code -Dsystem.product-url} and
 * {@code -Dsystem.order-url}), or both services started here from their runner jars, once for the whole test run,
 * on free ports, with databases of their own that are cleaned at start. The processes are stopped when the run ends,
 * whether the tests passed or not.
 */
public final class SystemUnderTest implements BeforeAllCallback {

    private static String productUrl;
    private static String orderUrl;

    public static String productUrl() {
        return productUrl;
    }

    public static String orderUrl() {
        return orderUrl;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Processes.class, key -> Processes.start(), Processes.class);
    }

    /** Owned by the root extension store, which closes it when the test run ends. */
    static final class Processes implements ExtensionContext.Store.CloseableResource {

        private final ServiceProcess product;
        private final ServiceProcess order;

        private Processes(ServiceProcess product, ServiceProcess order) {
            this.product = product;
            this.order = order;
        }

        static Processes start() {
            var givenProduct = System.getProperty("system.product-url");
            var givenOrder = System.getProperty("system.order-url");
            if (givenProduct != null && givenOrder != null) {
                productUrl = givenProduct;
                orderUrl = givenOrder;
                return new Processes(null, null);
            }
            var root = Path.of(System.getProperty("system.repository-root", ".."));
            var logs = Path.of("target", "system-logs");
            var product = new ServiceProcess("product-service", runner(root, "product-service"), freePort(),
                    serviceProperties("product"), logs);
            var order = new ServiceProcess("order-service", runner(root, "order-service"), freePort(),
                    serviceProperties("order"), logs);
            var processes = new Processes(product, order);
            Runtime.getRuntime().addShutdownHook(new Thread(processes::closeQuietly));
            try {
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

        private static Path runner(Path root, String service) {
            return root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        }

        /**
         * Database and broker settings of one service. Defaults: the local PostgreSQL database
         * oms_{service}_system; override with -Dsystem.{service}.db.reactive-url, .jdbc-url, .username, .password
         * (for example to point a SQL Server build at SQL Server).
         */
        private static Map<String, String> serviceProperties(String service) {
            var prefix = "system." + service + ".db.";
            var database = "oms_" + service + "_system";
            var host = System.getProperty("system.db.host", "127.0.0.1");
            var properties = new LinkedHashMap<String, String>();
            properties.put("quarkus.datasource.reactive.url", System.getProperty(prefix + "reactive-url",
                    "postgresql://" + host + ":5432/" + database));
            properties.put("quarkus.datasource.jdbc.url", System.getProperty(prefix + "jdbc-url",
                    "jdbc:postgresql://" + host + ":5432/" + database));
            properties.put("quarkus.datasource.username", System.getProperty(prefix + "username", "postgres"));
            properties.put("quarkus.datasource.password", System.getProperty(prefix + "password", "postgres"));
            properties.put("quarkus.flyway.clean-at-start", "true");
            properties.put("quarkus.flyway.clean-disabled", "false");
            properties.put("rabbitmq-host", System.getProperty("system.rabbitmq.host", "127.0.0.1"));
            properties.put("rabbitmq-virtual-host", System.getProperty("system.rabbitmq.vhost", "/"));
            // the jars run in the prod profile, which trusts no key until it is given one: here, the dev key
            properties.put("mp.jwt.verify.publickey.location", "file:" + Tokens.devPublicKey());
            properties.put("mp.jwt.verify.issuer", Tokens.DEV_ISSUER);
            return properties;
        }

        private static int freePort() {
            try (var socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
