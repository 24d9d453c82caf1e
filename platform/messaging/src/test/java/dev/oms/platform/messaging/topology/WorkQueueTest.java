package dev.oms.platform.messaging.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.events.Subscription;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The producer declares a work queue exactly as its consumer's connector does, or RabbitMQ refuses the second. */
class WorkQueueTest {

    @Test
    void eachServiceDeclaresTheSharedQueuesItsEventsFeed() {
        assertThat(WorkQueue.fedBy("order-service")).containsExactly(new WorkQueue(Subscription.STOCK_REQUESTS));
        assertThat(WorkQueue.fedBy("product-service")).containsExactly(new WorkQueue(Subscription.STOCK_OUTCOMES));
        assertThat(WorkQueue.fedBy("http-ceiling")).isEmpty();
    }

    @Test
    void theProducersDeclarationIsTheConsumersOwn() {
        var queue = new WorkQueue(Subscription.STOCK_REQUESTS);
        var consumer = TopologySettings.of("product-service");
        var in = "mp.messaging.incoming." + Subscription.STOCK_REQUESTS.channel() + ".";
        var args = asText(queue.arguments());
        var deadLetterArgs = asText(queue.deadLetterArguments());

        assertThat(consumer)
                .containsEntry(in + "queue.name", queue.queue())
                .containsEntry(in + "exchange.name", queue.exchange())
                .containsEntry(in + "routing-keys", String.join(",", queue.routingKeys()))
                .containsEntry(in + "queue.x-queue-type", args.get("x-queue-type"))
                .containsEntry(in + "queue.x-delivery-limit", args.get("x-delivery-limit"))
                .containsEntry(in + "dead-letter-exchange", args.get("x-dead-letter-exchange"))
                .containsEntry(in + "dead-letter-routing-key", args.get("x-dead-letter-routing-key"))
                .containsEntry(in + "dead-letter-queue-name", queue.deadLetterQueue())
                .containsEntry(in + "dead-letter-queue-type", deadLetterArgs.get("x-queue-type"))
                .containsEntry(in + "queue.arguments", WorkQueueArguments.NAME);
        assertThat(queue.arguments())
                .as("what the connector adds from the bean it names")
                .containsAllEntriesOf(new WorkQueueArguments().workQueueArguments())
                .containsEntry("x-dead-letter-strategy", "at-least-once")
                .containsEntry("x-overflow", "reject-publish");
    }

    private static Map<String, String> asText(Map<String, Object> arguments) {
        return arguments.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue())));
    }
}
