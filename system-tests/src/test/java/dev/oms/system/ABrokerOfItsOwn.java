package dev.oms.system;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A scenario that stops or breaks the broker runs on a RabbitMQ node of its own ({@link PrivateBroker}), never on the
 * shared one. Registered as a static field of the scenario's class, after {@link SystemUnderTest}: it starts the node
 * before the class (and moves both services onto it, unless the scenario moves them itself), skips each test when the
 * services are a deployment given by URL or no node can be started here, and moves the services back and shuts the
 * node down after the class, also after a failure.
 */
final class ABrokerOfItsOwn implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private final boolean servicesMovedOnto;
    private PrivateBroker node;

    private ABrokerOfItsOwn(boolean servicesMovedOnto) {
        this.servicesMovedOnto = servicesMovedOnto;
    }

    /** Both services run on the node for the whole class. */
    static ABrokerOfItsOwn withTheServicesOnIt() {
        return new ABrokerOfItsOwn(true);
    }

    /** The node only: the scenario moves the services onto it as it needs ({@link SystemUnderTest#moveOneTo}). */
    static ABrokerOfItsOwn besideTheServices() {
        return new ABrokerOfItsOwn(false);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (SystemUnderTest.startedHere() && PrivateBroker.installed()) {
            node = servicesMovedOnto ? PrivateBroker.startAndMoveTheServicesOnto() : PrivateBroker.start();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        SystemUnderTest.assumeStartedHere(); // reported as skipped against a deployment given by URL
        Assumptions.assumeTrue(node != null, "needs RabbitMQ's scripts for a node of its own");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (node != null) {
            node.moveTheServicesBackAndClose();
        }
    }

    BrokerAddress address() {
        return node.address();
    }

    /** Stops RabbitMQ on the node: every connection drops, the port refuses new ones. */
    void stopApp() {
        node.stopApp();
    }

    void startApp() {
        node.startApp();
    }

    String rabbitmqctl(String... arguments) {
        return node.rabbitmqctl(arguments);
    }

    /**
     * Closes, on the broker's side, every connection with a consumer on a queue whose name starts so: its client
     * sees the connection drop and reconnects on its own clock, while every other connection stays up.
     */
    void closeTheConnectionsConsumingFrom(String queuePrefix) {
        var channels = rows(rabbitmqctl("list_consumers", "-q", "--no-table-headers", "queue_name", "channel_pid"))
                .filter(row -> row[0].startsWith(queuePrefix))
                .map(row -> row[1])
                .collect(Collectors.toSet());
        var connections = rows(rabbitmqctl("list_channels", "-q", "--no-table-headers", "pid", "connection"))
                .filter(row -> channels.contains(row[0]))
                .map(row -> row[1])
                .collect(Collectors.toSet());
        if (connections.isEmpty()) {
            throw new IllegalStateException("no connection consumes from " + queuePrefix + "*");
        }
        connections.forEach(connection -> rabbitmqctl("close_connection", connection, "closed by a system test"));
    }

    /** From now on the node refuses new client connections; those open stay open. */
    void refuseNewConnections() {
        rabbitmqctl("set_vhost_limits", "-p", "/", "{\"max-connections\": 0}");
    }

    void acceptNewConnections() {
        rabbitmqctl("clear_vhost_limits", "-p", "/");
    }

    private static Stream<String[]> rows(String listing) {
        return listing.lines()
                .filter(line -> !line.isBlank())
                .map(line -> line.trim().split("\\s+"));
    }
}
