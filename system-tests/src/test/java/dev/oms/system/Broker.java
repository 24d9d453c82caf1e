package dev.oms.system;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import dev.oms.events.Exchanges;
import dev.oms.events.Subscription;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * A client of the system's broker, as another service (or an attacker with broker access) would be: it publishes raw
 * messages to the exchanges the services consume from, listens to the events they publish, and reads queues.
 */
final class Broker implements AutoCloseable {

    static final String ORDER_EVENTS = Exchanges.ORDER_EVENTS;
    static final String PRODUCT_EVENTS = Exchanges.PRODUCT_EVENTS;
    static final String PRODUCT_ORDERS_QUEUE = Subscription.STOCK_REQUESTS.queue();
    static final String ORDER_STOCK_OUTCOMES_QUEUE = Subscription.STOCK_OUTCOMES.queue();
    static final String PRODUCT_DEAD_LETTERS = Subscription.STOCK_REQUESTS.deadLetterQueue();
    static final String ORDER_DEAD_LETTERS = Subscription.STOCK_OUTCOMES.deadLetterQueue();
    static final List<String> DEAD_LETTER_QUEUES = List.of(PRODUCT_DEAD_LETTERS, ORDER_DEAD_LETTERS);
    static final List<String> SERVICE_QUEUES =
            List.of(PRODUCT_ORDERS_QUEUE, ORDER_STOCK_OUTCOMES_QUEUE, PRODUCT_DEAD_LETTERS, ORDER_DEAD_LETTERS);

    private final Connection connection;
    private final Channel channel;

    private Broker(Connection connection) throws IOException {
        this.connection = connection;
        this.channel = connection.createChannel();
        channel.confirmSelect();
    }

    static Broker connect(BrokerAddress address) {
        var factory = new ConnectionFactory();
        factory.setHost(address.host());
        factory.setPort(address.port());
        factory.setVirtualHost(address.vhost());
        factory.setUsername(address.username());
        factory.setPassword(address.password());
        factory.setAutomaticRecoveryEnabled(false);
        factory.setConnectionTimeout(5000);
        try {
            return new Broker(factory.newConnection("system-tests"));
        } catch (IOException | TimeoutException e) {
            throw new IllegalStateException("Cannot connect to the broker at " + address + ": " + e.getMessage(), e);
        }
    }

    /** Publishes a persistent message and waits for the broker's confirm. */
    void publish(String exchange, String routingKey, String body) {
        var properties = new AMQP.BasicProperties.Builder()
                .deliveryMode(2)
                .contentType("application/json")
                .build();
        try {
            channel.basicPublish(exchange, routingKey, true, properties, body.getBytes(StandardCharsets.UTF_8));
            channel.waitForConfirmsOrDie(10_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException("No confirm for a message to " + exchange + "/" + routingKey, e);
        }
    }

    /** How many messages wait in a queue (0 for a queue that does not exist yet). */
    long depth(String queue) {
        try (var probe = connection.createChannel()) {
            return probe.queueDeclarePassive(queue).getMessageCount();
        } catch (IOException e) {
            return 0; // the passive declare of a missing queue closes the probe channel; nothing waits there
        } catch (TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many consumers a queue has (0 for a queue that does not exist). */
    int consumers(String queue) {
        try (var probe = connection.createChannel()) {
            return probe.queueDeclarePassive(queue).getConsumerCount();
        } catch (IOException e) {
            return 0;
        } catch (TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Removes a queue's bindings to an exchange: what they routed to it goes elsewhere (or nowhere) from now on. */
    void unbind(String queue, String exchange, List<String> routingKeys) {
        try {
            for (var key : routingKeys) {
                channel.queueUnbind(queue, exchange, key);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a queue with whatever waits in it (a quorum queue has no "only if empty"). */
    void delete(String queue) {
        try (var deleter = connection.createChannel()) {
            deleter.queueDelete(queue);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Empties a queue, if it exists. */
    void purge(String queue) {
        try (var purger = connection.createChannel()) {
            purger.queuePurge(queue);
        } catch (IOException e) {
            // the queue does not exist yet: the services declare it when they start
        } catch (TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Takes every message out of a queue (acknowledging them) and returns their bodies and headers. */
    List<Received> drain(String queue) {
        var taken = new ArrayList<Received>();
        try (var reader = connection.createChannel()) {
            for (var message = reader.basicGet(queue, true); message != null; message = reader.basicGet(queue, true)) {
                taken.add(new Received(
                        message.getEnvelope().getRoutingKey(),
                        new String(message.getBody(), StandardCharsets.UTF_8),
                        headers(message.getProps())));
            }
        } catch (IOException | TimeoutException e) {
            throw new IllegalStateException("Cannot read " + queue, e);
        }
        return taken;
    }

    /** Looks at the messages of a queue without taking them: they are returned to it, in order. */
    List<Received> peek(String queue) {
        var seen = new ArrayList<Received>();
        try (var reader = connection.createChannel()) {
            long last = -1;
            for (var message = reader.basicGet(queue, false);
                    message != null;
                    message = reader.basicGet(queue, false)) {
                seen.add(new Received(
                        message.getEnvelope().getRoutingKey(),
                        new String(message.getBody(), StandardCharsets.UTF_8),
                        headers(message.getProps())));
                last = message.getEnvelope().getDeliveryTag();
            }
            if (last >= 0) {
                reader.basicNack(last, true, true);
            }
        } catch (IOException | TimeoutException e) {
            return seen;
        }
        return seen;
    }

    /**
     * A queue of this client's own, bound to an exchange for some routing keys, that receives a copy of every such
     * event the services publish from now on. It goes away with the connection.
     */
    String listen(String exchange, String... routingKeys) {
        try {
            var queue = channel.queueDeclare("", false, true, true, Map.of()).getQueue();
            for (var key : routingKeys) {
                channel.queueBind(queue, exchange, key);
            }
            return queue;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (IOException e) {
            // the broker went away first; nothing to release
        }
    }

    private static Map<String, Object> headers(AMQP.BasicProperties properties) {
        return properties.getHeaders() == null ? Map.of() : properties.getHeaders();
    }

    /** A message read from a queue. */
    record Received(String routingKey, String body, Map<String, Object> headers) {

        @Override
        public String toString() {
            var shown = body.length() > 300 ? body.substring(0, 300) + "..." : body;
            return routingKey + " " + shown
                    + (headers.containsKey("x-death") ? " x-death=" + headers.get("x-death") : "");
        }
    }
}
