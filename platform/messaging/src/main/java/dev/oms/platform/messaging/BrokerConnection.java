package dev.oms.platform.messaging;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.rabbitmq.RabbitMQClient;
import io.vertx.rabbitmq.RabbitMQOptions;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The broker the connector uses ({@code rabbitmq-host}, {@code -port}, {@code -username}, {@code -password},
 * {@code -virtual-host}), for the platform's own short conversations with it: declaring the queues a service's events
 * feed, handling dead letters. Each conversation opens a client of its own and closes it.
 */
@ApplicationScoped
public class BrokerConnection {

    private final Vertx vertx;
    private final String host;
    private final int port;
    private final String username;
    private final String password;
    private final String virtualHost;

    public BrokerConnection(
            Vertx vertx,
            @ConfigProperty(name = "rabbitmq-host", defaultValue = "localhost") String host,
            @ConfigProperty(name = "rabbitmq-port", defaultValue = "5672") int port,
            @ConfigProperty(name = "rabbitmq-username", defaultValue = "guest") String username,
            @ConfigProperty(name = "rabbitmq-password", defaultValue = "guest") String password,
            @ConfigProperty(name = "rabbitmq-virtual-host", defaultValue = "/") String virtualHost) {
        this.vertx = vertx;
        this.host = host;
        this.port = port;
        this.username = username;
        this.password = password;
        this.virtualHost = virtualHost;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** A client not yet started; the caller starts and stops it. */
    public RabbitMQClient client() {
        return RabbitMQClient.create(
                vertx,
                new RabbitMQOptions()
                        .setHost(host)
                        .setPort(port)
                        .setUser(username)
                        .setPassword(password)
                        .setVirtualHost(virtualHost)
                        .setAutomaticRecoveryEnabled(false)
                        .setReconnectAttempts(0));
    }
}
