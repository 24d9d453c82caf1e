package dev.oms.product.messaging.outbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * Publishes outbox rows in the order they were written. A row is marked published only after the broker confirmed it
 * (the channel runs with publisher confirms); a row whose publishing fails stays pending and is retried on the next
 * run, and the rows behind it wait, so the order holds.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final int BATCH = 100;

    private final OutboxRepository outbox;
    private final MutinyEmitter<String> productEvents;
    private final Clock clock;

    public OutboxRelay(OutboxRepository outbox, @Channel("product-events") MutinyEmitter<String> productEvents,
            Clock clock) {
        this.outbox = outbox;
        this.productEvents = productEvents;
        this.clock = clock;
    }

    @Scheduled(every = "${oms.outbox.poll-interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> publishPending() {
        return Panache.withTransaction(() -> outbox.oldestPending(BATCH).chain(this::publishInOrder))
                .onFailure().invoke(e -> Log.warnf("Outbox relay run failed, will retry: %s", e.getMessage()))
                .onFailure().recoverWithNull();
    }

    private Uni<Void> publishInOrder(List<OutboxEvent> rows) {
        return Multi.createFrom().iterable(rows)
                .onItem().transformToUniAndConcatenate(this::publish)
                .collect().last()
                .replaceWithVoid();
    }

    private Uni<Void> publish(OutboxEvent row) {
        var metadata = OutgoingRabbitMQMetadata.builder()
                .withRoutingKey(row.eventType)
                .withMessageId(row.eventId.toString())
                .withType(row.eventType)
                .withContentType("application/json")
                .withDeliveryMode(2)
                .withTimestamp(row.occurredAt.atZone(ZoneOffset.UTC))
                .build();
        return productEvents.sendMessage(Message.of(row.envelope, Metadata.of(metadata)))
                .invoke(() -> row.publishedAt = clock.instant());
    }
}
