package dev.oms.platform.testing;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A plain AMQP client for tests: publishes to an exchange as another service would, and records what the service
 * publishes on a temporary queue of its own.
 */
public final class Broker implements AutoCloseable {

    private final Connection connection;
    private final Channel channel;

    /** Connects to the broker and virtual host the test suite was given ({@code rabbitmq-host}, {@code -virtual-host}). */
    public Broker() throws Exception {
        this(System.getProperty("rabbitmq-host", "127.0.0.1"), 5672, System.getProperty("rabbitmq-virtual-host", "/"));
    }

    public Broker(String host, int port, String virtualHost) throws Exception {
        var factory = new ConnectionFactory();
        factory.setHost(host);
        factory.setPort(port);
        factory.setVirtualHost(virtualHost);
        connection = factory.newConnection("oms-tests");
        channel = connection.createChannel();
    }

    public void publish(String exchange, String routingKey, String body) throws Exception {
        var props = new AMQP.BasicProperties.Builder()
                .contentType("application/json")
                .deliveryMode(2)
                .messageId(UUID.randomUUID().toString())
                .build();
        channel.basicPublish(exchange, routingKey, props, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Publishes with AMQP headers, e.g. the W3C traceparent a traced producer sends. */
    public void publish(String exchange, String routingKey, String body, Map<String, Object> headers) throws Exception {
        var props = new AMQP.BasicProperties.Builder()
                .contentType("application/json")
                .deliveryMode(2)
                .messageId(UUID.randomUUID().toString())
                .headers(headers)
                .build();
        channel.basicPublish(exchange, routingKey, props, body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Whether the durable queue exists with exactly these arguments: RabbitMQ accepts a second declaration only if it
     * is the same (else it closes the channel with PRECONDITION_FAILED, answered here as false).
     */
    public boolean declaredWith(String queue, Map<String, Object> arguments) throws Exception {
        try (var probe = connection.createChannel()) {
            probe.queueDeclarePassive(queue);
            probe.queueDeclare(queue, true, false, false, arguments);
            return true;
        } catch (java.io.IOException refused) {
            return false;
        }
    }

    /** A message as it arrived: its body and its headers (values as text). */
    public record Delivery(String body, Map<String, String> headers) {}

    /** Like {@link #listen(String, String)}, keeping each message's headers too. */
    public List<Delivery> listenWithHeaders(String exchange, String routingKey) throws Exception {
        // the service under test has declared it, with arguments that are its own business
        channel.exchangeDeclarePassive(exchange);
        var queue = channel.queueDeclare().getQueue();
        channel.queueBind(queue, exchange, routingKey);
        var received = new CopyOnWriteArrayList<Delivery>();
        channel.basicConsume(
                queue,
                true,
                (tag, delivery) -> {
                    var headers = new java.util.HashMap<String, String>();
                    var raw = delivery.getProperties().getHeaders();
                    if (raw != null) {
                        raw.forEach((name, value) -> headers.put(name, String.valueOf(value)));
                    }
                    received.add(new Delivery(new String(delivery.getBody(), StandardCharsets.UTF_8), headers));
                },
                tag -> {});
        return received;
    }

    /** Binds a new exclusive queue to the exchange and collects the bodies of what arrives on it. */
    public List<String> listen(String exchange, String routingKey) throws Exception {
        // the service under test has declared it, with arguments that are its own business
        channel.exchangeDeclarePassive(exchange);
        var queue = channel.queueDeclare().getQueue();
        channel.queueBind(queue, exchange, routingKey);
        var received = new CopyOnWriteArrayList<String>();
        channel.basicConsume(
                queue,
                true,
                (tag, delivery) -> received.add(new String(delivery.getBody(), StandardCharsets.UTF_8)),
                tag -> {});
        return received;
    }

    /** Takes every message waiting in a queue (e.g. a dead-letter queue) and returns their bodies. */
    public List<String> drain(String queue) throws Exception {
        var bodies = new java.util.ArrayList<String>();
        for (var message = channel.basicGet(queue, true); message != null; message = channel.basicGet(queue, true)) {
            bodies.add(new String(message.getBody(), StandardCharsets.UTF_8));
        }
        return bodies;
    }

    /** Publishes raw bytes, as a broken or hostile producer might. */
    public void publishRaw(String exchange, String routingKey, byte[] body) throws Exception {
        channel.basicPublish(
                exchange,
                routingKey,
                new AMQP.BasicProperties.Builder().deliveryMode(2).build(),
                body);
    }

    @Override
    public void close() throws Exception {
        connection.close();
    }
}
