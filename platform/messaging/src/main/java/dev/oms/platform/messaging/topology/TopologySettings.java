package dev.oms.platform.messaging.topology;

import dev.oms.events.Exchanges;
import dev.oms.events.Subscription;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The RabbitMQ connector's settings of one service, derived from the declaration in event-contracts
 * ({@link Subscription}, {@link Exchanges}) and the platform's one policy for queues, so that no exchange, queue or
 * dead-letter name is written twice:
 * <ul>
 * <li>the channel {@code outbox} publishes to the service's topic exchange with publisher confirms; every channel
 * declares a topic exchange with its alternate exchange ({@link ExchangeArguments});</li>
 * <li>a shared subscription reads a durable quorum queue with a delivery limit of {@value #DELIVERY_LIMIT} (a message
 * requeued that often goes to its dead-letter queue; a malformed one is rejected without requeue and goes there at
 * once), {@code oms.consumer.concurrency} messages at a time;</li>
 * <li>a per-instance subscription reads a durable queue of its own that survives a broker restart and expires once its
 * instance has been gone a while ({@link InstanceQueueArguments}).</li>
 * </ul>
 * A service's application.properties may still override any of these (it has the higher ordinal).
 */
public final class TopologySettings {

    static final String OUTBOX_CHANNEL = "outbox";
    static final int DELIVERY_LIMIT = 5;
    static final int MAX_OUTSTANDING = 16;
    private static final String CONNECTOR = "smallrye-rabbitmq";

    private TopologySettings() {}

    public static Map<String, String> of(String service) {
        var settings = new LinkedHashMap<String, String>();
        publishing(service, settings);
        for (var subscription : Subscription.of(service)) {
            consuming(subscription, settings);
        }
        return settings;
    }

    /**
     * The connector would report every channel in liveness and readiness: a broker outage would then restart every
     * replica (liveness) and stop it serving reads that need no broker (readiness). The broker is a metric instead
     * ({@code BrokerReachability}); see docs/operations.md, "Health".
     */
    private static void withoutHealthChecks(String channel, Map<String, String> settings) {
        settings.put(channel + "health-enabled", "false");
    }

    private static void publishing(String service, Map<String, String> settings) {
        final String exchange;
        try {
            exchange = Exchanges.publishedBy(service);
        } catch (IllegalArgumentException notAProducer) {
            return;
        }
        var out = "mp.messaging.outgoing." + OUTBOX_CHANNEL + ".";
        settings.put(out + "connector", CONNECTOR);
        settings.put(out + "exchange.name", exchange);
        settings.put(out + "exchange.type", "topic");
        settings.put(out + "exchange.durable", "true");
        settings.put(out + "exchange.arguments", ExchangeArguments.nameFor(exchange));
        settings.put(out + "publish-confirms", "true");
        withoutHealthChecks(out, settings);
    }

    private static void consuming(Subscription subscription, Map<String, String> settings) {
        var in = "mp.messaging.incoming." + subscription.channel() + ".";
        settings.put(in + "connector", CONNECTOR);
        settings.put(in + "exchange.name", subscription.exchange());
        settings.put(in + "exchange.type", "topic");
        settings.put(in + "exchange.durable", "true");
        settings.put(in + "exchange.arguments", ExchangeArguments.nameFor(subscription.exchange()));
        settings.put(in + "routing-keys", String.join(",", subscription.routingKeys()));
        // the inbox reads the bytes itself: no content-type based conversion by the connector
        settings.put(in + "content-type-override", "application/octet-stream");
        withoutHealthChecks(in, settings);
        if (!subscription.shared()) {
            settings.put(in + "queue.name", subscription.queue("${quarkus.uuid}"));
            settings.put(in + "queue.durable", "true");
            settings.put(in + "queue.exclusive", "false");
            settings.put(in + "queue.auto-delete", "false");
            // one replica's feed: nothing to replicate, whatever the virtual host's default queue type
            settings.put(in + "queue.x-queue-type", "classic");
            settings.put(in + "queue.arguments", InstanceQueueArguments.NAME);
            settings.put(in + "failure-strategy", "accept");
            return;
        }
        settings.put(in + "queue.name", subscription.queue());
        settings.put(in + "queue.durable", "true");
        settings.put(in + "queue.x-queue-type", "quorum");
        settings.put(in + "queue.x-delivery-limit", String.valueOf(DELIVERY_LIMIT));
        settings.put(in + "queue.arguments", WorkQueueArguments.NAME);
        settings.put(in + "auto-bind-dlq", "true");
        settings.put(in + "dead-letter-exchange", Exchanges.DEAD_LETTERS);
        settings.put(in + "dead-letter-exchange-type", "direct");
        settings.put(in + "dlx.declare", "true");
        settings.put(in + "dead-letter-queue-name", subscription.deadLetterQueue());
        settings.put(in + "dead-letter-routing-key", subscription.queue());
        settings.put(in + "dead-letter-queue-type", "quorum");
        settings.put(in + "failure-strategy", "reject");
        settings.put(in + "max-outstanding-messages", String.valueOf(MAX_OUTSTANDING));
        settings.put(in + "concurrency", "${oms.consumer.concurrency}");
    }
}
