package dev.oms.platform.messaging.topology;

import dev.oms.events.Exchanges;
import dev.oms.events.Subscription;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A shared subscription's durable work queue and its dead-letter queue, with exactly the arguments its consumer's
 * connector declares them with ({@link TopologySettings}): RabbitMQ accepts a second declaration only if it is the
 * same, so the producer can declare them too, and whichever service starts first creates them.
 */
public record WorkQueue(Subscription subscription) {

    /** The work queues fed by the exchange this service publishes to (none if it publishes nothing). */
    public static List<WorkQueue> fedBy(String service) {
        final String exchange;
        try {
            exchange = Exchanges.publishedBy(service);
        } catch (IllegalArgumentException notAProducer) {
            return List.of();
        }
        return Arrays.stream(Subscription.values())
                .filter(Subscription::shared)
                .filter(subscription -> subscription.exchange().equals(exchange))
                .map(WorkQueue::new)
                .toList();
    }

    public String exchange() {
        return subscription.exchange();
    }

    public String queue() {
        return subscription.queue();
    }

    public List<String> routingKeys() {
        return subscription.routingKeys();
    }

    public String deadLetterQueue() {
        return subscription.deadLetterQueue();
    }

    /**
     * The work queue's arguments: a quorum queue that dead-letters a message after its delivery limit, at least once.
     */
    public Map<String, Object> arguments() {
        var arguments = new HashMap<String, Object>(WorkQueueArguments.AT_LEAST_ONCE_DEAD_LETTERING);
        arguments.put("x-queue-type", "quorum");
        arguments.put("x-delivery-limit", TopologySettings.DELIVERY_LIMIT);
        arguments.put("x-dead-letter-exchange", Exchanges.DEAD_LETTERS);
        arguments.put("x-dead-letter-routing-key", queue());
        return Map.copyOf(arguments);
    }

    public Map<String, Object> deadLetterArguments() {
        return Map.of("x-queue-type", "quorum");
    }
}
