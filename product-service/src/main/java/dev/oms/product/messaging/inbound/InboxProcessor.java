package dev.oms.product.messaging.inbound;

import dev.oms.events.EventEnvelope;
import dev.oms.product.messaging.EventCodec;
import dev.oms.product.messaging.MalformedEventException;
import dev.oms.product.messaging.outbox.OutboxRelay;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.rabbitmq.RabbitMQRejectMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * How every consumer of this service processes a message:
 * <ol>
 * <li>a message that is not a known event is rejected without requeue: it goes straight to the dead letters;</li>
 * <li>otherwise the handler runs in one transaction with the inbox row, so a duplicate is a no-op;</li>
 * <li>a failure is retried here a few times with back-off, then the message is requeued; the queue's delivery limit
 * sends it to the dead letters when it keeps failing;</li>
 * <li>the message is acknowledged only after the transaction committed.</li>
 * </ol>
 */
@ApplicationScoped
public class InboxProcessor {

    private final EventCodec codec;
    private final Inbox inbox;
    private final OutboxRelay relay;
    private final int attempts;

    public InboxProcessor(EventCodec codec, Inbox inbox, OutboxRelay relay,
            @ConfigProperty(name = "oms.consumer.attempts", defaultValue = "3") int attempts) {
        this.codec = codec;
        this.inbox = inbox;
        this.relay = relay;
        this.attempts = attempts;
    }

    public Uni<Void> process(String consumer, Message<byte[]> message,
            Function<EventEnvelope<?>, Uni<Void>> handler) {
        final EventEnvelope<?> envelope;
        try {
            envelope = codec.decode(new String(message.getPayload(), StandardCharsets.UTF_8));
        } catch (MalformedEventException e) {
            Log.warnf("%s: dead-lettering a malformed message: %s", consumer, e.getMessage());
            return Uni.createFrom().completionStage(message.nack(e, Metadata.of(new RabbitMQRejectMetadata(false))));
        }
        return Uni.createFrom().deferred(() -> Panache.withTransaction(() -> inbox
                        .firstDelivery(consumer, envelope.eventId())
                        .chain(first -> first ? handler.apply(envelope) : duplicate(consumer, envelope))))
                .onFailure().retry().withBackOff(Duration.ofMillis(50), Duration.ofSeconds(1)).atMost(attempts - 1)
                .invoke(relay::requestRun)
                .onItemOrFailure().transformToUni((done, failure) -> {
                    if (failure == null) {
                        return Uni.createFrom().completionStage(message.ack());
                    }
                    Log.warnf(failure, "%s: %s %s failed %d times, requeueing it", consumer, envelope.type(),
                            envelope.eventId(), attempts);
                    return Uni.createFrom().completionStage(
                            message.nack(failure, Metadata.of(new RabbitMQRejectMetadata(true))));
                });
    }

    private static Uni<Void> duplicate(String consumer, EventEnvelope<?> envelope) {
        Log.debugf("%s: %s %s already processed", consumer, envelope.type(), envelope.eventId());
        return Uni.createFrom().voidItem();
    }
}
