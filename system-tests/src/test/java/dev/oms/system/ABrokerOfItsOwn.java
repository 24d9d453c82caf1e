package dev.oms.system;

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
}
