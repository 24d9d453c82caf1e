package dev.oms.platform.messaging.inbox;

import dev.oms.events.EventEnvelope;
import dev.oms.events.EventPayload;
import dev.oms.platform.messaging.EventCodec;
import dev.oms.platform.messaging.MalformedEventException;
import dev.oms.platform.messaging.TransientFailures;
import dev.oms.platform.messaging.UnitOfWork;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.rabbitmq.RabbitMQRejectMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * How every consumer of this service processes a message:
 * <ol>
 * <li>a message that is not a known event is rejected without requeue: it goes straight to the dead letters;</li>
 * <li>otherwise the handler runs in one transaction with the inbox row, so a duplicate is a no-op;</li>
 * <li>a transient failure (the database or broker unreachable, failing over; a deadlock) is waited out here, with
 * doubling pauses, for up to {@code oms.consumer.transient-budget}: an outage of minutes dead-letters nothing
 * (ADR 12);</li>
 * <li>any other failure is retried here a few times with back-off, then the message is requeued; the queue's delivery
 * limit sends it to the dead letters when it keeps failing;</li>
 * <li>the message is acknowledged only after the transaction committed;</li>
 * <li>a message being handled is handled to the end, even when the consumer is cancelled meanwhile; a stopping
 * replica starts no new message and waits for those in flight ({@link ConsumerDrain}).</li>
 * </ol>
 * Messages that arrive while others are being handled are handled together, in one transaction ({@link
 * #processBatch}, fed by {@link InboxBatches}); a batch that fails is undone and its messages are processed again one by
 * one as above, so batching changes the cost of a message, never its outcome.
 * Each step is counted in {@code oms.messages.consumed{consumer, outcome}}. The handler runs in a span whose parent is
 * the span the message arrived with, so what it does (and the events it raises) joins the sender's trace.
 */
@ApplicationScoped
public class InboxProcessor {

    static final String PROCESSED = "processed";
    static final String DUPLICATE = "duplicate";
    static final String RETRIED = "retried";
    static final String REQUEUED = "requeued";
    static final String REJECTED_MALFORMED = "rejected-malformed";
    static final String WAITED = "waited-transient";
    static final String BATCH_UNDONE = "batch-undone";
    private static final Duration FIRST_WAIT = Duration.ofMillis(200);

    private final EventCodec codec;
    private final Inbox inbox;
    private final UnitOfWork unitOfWork;
    private final MeterRegistry metrics;
    private final Tracer tracer;
    private final ConsumerDrain drain;
    private final int attempts;
    private final Duration transientBudget;
    private final Duration transientBackoffMax;

    public InboxProcessor(
            EventCodec codec,
            Inbox inbox,
            UnitOfWork unitOfWork,
            MeterRegistry metrics,
            Tracer tracer,
            ConsumerDrain drain,
            ConsumerSettings settings) {
        this.codec = codec;
        this.inbox = inbox;
        this.unitOfWork = unitOfWork;
        this.metrics = metrics;
        this.tracer = tracer;
        this.drain = drain;
        this.attempts = settings.attempts();
        this.transientBudget = settings.transientBudget();
        this.transientBackoffMax = settings.transientBackoffMax();
    }

    public Uni<Void> process(EventHandlers handlers, Message<byte[]> message) {
        if (!drain.admit()) {
            // stopping: left unsettled, the message returns to its queue when the channel closes
            return Uni.createFrom().nothing();
        }
        return toTheEnd(processAdmitted(handlers, message).onTermination().invoke(drain::finished));
    }

    /**
     * Messages of one subscription, already admitted, in one unit of work: one inbox query and one insert for them
     * all, the subscription's {@code beforeBatch} work, each new event's handler in arrival order (each in its own
     * span, a child of the one its message arrived with), what they asked to be done before the commit (see
     * {@link UnitOfWork#beforeCommit}), one commit; then each message is acknowledged. If anything
     * fails, the transaction is rolled back and every message is processed again on its own (retries, waiting out
     * transient failures, requeueing, as for a single message).
     */
    Uni<Void> processBatch(EventHandlers handlers, List<Message<byte[]>> messages) {
        var consumer = handlers.subscription().consumer();
        metrics.summary("oms.consumer.batch.size", "consumer", consumer).record(messages.size());
        var batch = new ArrayList<Delivery>(messages.size());
        var malformed = new ArrayList<Uni<Void>>();
        for (var message : messages) {
            try {
                batch.add(
                        new Delivery(message, codec.decode(new String(message.getPayload(), StandardCharsets.UTF_8))));
            } catch (MalformedEventException e) {
                malformed.add(processAdmitted(handlers, message));
            }
        }
        if (batch.size() < 2) {
            batch.forEach(delivery -> malformed.add(processAdmitted(handlers, delivery.message())));
            return malformed.isEmpty()
                    ? Uni.createFrom().voidItem()
                    : Uni.join().all(malformed).andCollectFailures().replaceWithVoid();
        }
        var spans = batch.stream().map(delivery -> span(consumer, delivery)).toList();
        var ids = batch.stream().map(delivery -> delivery.envelope().eventId()).toList();
        Uni<List<String>> handled = unitOfWork.run(() -> inbox.firstDeliveries(consumer, ids)
                .chain(fresh -> handlers.beforeBatch(newPayloads(batch, fresh))
                        .chain(() -> inArrivalOrder(handlers, batch, spans, fresh))));
        var settled = handled.onItemOrFailure().transformToUni((outcomes, failure) -> {
            if (failure == null) {
                spans.forEach(Span::end);
                var acks = new ArrayList<Uni<Void>>();
                for (int i = 0; i < batch.size(); i++) {
                    count(consumer, outcomes.get(i));
                    acks.add(Uni.createFrom()
                            .completionStage(batch.get(i).message().ack()));
                }
                return Uni.join().all(acks).andCollectFailures().replaceWithVoid();
            }
            Log.debugf(
                    failure, "%s: a batch of %d messages failed; processing them one by one", consumer, batch.size());
            spans.forEach(span -> {
                span.setAttribute("oms.batch.undone", true);
                span.end();
            });
            count(consumer, BATCH_UNDONE);
            return Multi.createFrom()
                    .iterable(batch)
                    .onItem()
                    .transformToUniAndConcatenate(delivery -> processAdmitted(handlers, delivery.message()))
                    .collect()
                    .last()
                    .replaceWithVoid();
        });
        return malformed.isEmpty()
                ? settled
                : Uni.join().all(malformed).andCollectFailures().chain(() -> settled);
    }

    /** The payloads of the batch's new events, each once. */
    private static List<EventPayload> newPayloads(List<Delivery> batch, Set<UUID> fresh) {
        var left = new HashSet<>(fresh);
        return batch.stream()
                .filter(delivery -> left.remove(delivery.envelope().eventId()))
                .<EventPayload>map(delivery -> delivery.envelope().payload())
                .toList();
    }

    /** Each new event's handler, one after the other, with its message's span current while it runs. */
    private static Uni<List<String>> inArrivalOrder(
            EventHandlers handlers, List<Delivery> batch, List<Span> spans, Set<UUID> fresh) {
        return Multi.createFrom()
                .range(0, batch.size())
                .onItem()
                .transformToUniAndConcatenate(i -> {
                    // an event met twice in one batch is new only the first time
                    if (!fresh.remove(batch.get(i).envelope().eventId())) {
                        return Uni.createFrom().item(DUPLICATE);
                    }
                    var scope = spans.get(i).makeCurrent();
                    return handlers.handle(batch.get(i).envelope())
                            .replaceWith(PROCESSED)
                            .onTermination()
                            .invoke(scope::close);
                })
                .collect()
                .asList();
    }

    private Span span(String consumer, Delivery delivery) {
        return tracer.spanBuilder(consumer + " process " + delivery.envelope().type())
                .setParent(parentOf(delivery.message()))
                .setAttribute("oms.consumer", consumer)
                .setAttribute("oms.event.type", delivery.envelope().type())
                .setAttribute("oms.event.id", delivery.envelope().eventId().toString())
                .startSpan();
    }

    private record Delivery(Message<byte[]> message, EventEnvelope<?> envelope) {}

    Uni<Void> processAdmitted(EventHandlers handlers, Message<byte[]> message) {
        var consumer = handlers.subscription().consumer();
        final EventEnvelope<?> envelope;
        try {
            envelope = codec.decode(new String(message.getPayload(), StandardCharsets.UTF_8));
        } catch (MalformedEventException e) {
            Log.warnf("%s: dead-lettering a malformed message: %s", consumer, e.getMessage());
            count(consumer, REJECTED_MALFORMED);
            return Uni.createFrom().completionStage(message.nack(e, Metadata.of(new RabbitMQRejectMetadata(false))));
        }
        var span = span(consumer, new Delivery(message, envelope));
        // Current on this message's own Vert.x context until the outcome is settled, so the handler's spans and the
        // outbox rows it writes see it.
        var scope = span.makeCurrent();
        var attempt = new AtomicInteger();
        return Uni.createFrom()
                .deferred(() -> {
                    if (attempt.incrementAndGet() > 1) {
                        count(consumer, RETRIED);
                    }
                    return waitingOutTransientFailures(
                            consumer,
                            envelope,
                            () -> unitOfWork.run(() -> inbox.firstDelivery(consumer, envelope.eventId())
                                    .chain(first -> first
                                            ? handlers.handle(envelope).replaceWith(PROCESSED)
                                            : duplicate(consumer, envelope))));
                })
                .onFailure(failure -> !TransientFailures.isTransient(failure))
                .retry()
                .withBackOff(Duration.ofMillis(50), Duration.ofSeconds(1))
                .atMost(attempts - 1)
                .onItemOrFailure()
                .transformToUni((outcome, failure) -> {
                    if (failure == null) {
                        count(consumer, outcome);
                        return Uni.createFrom().completionStage(message.ack());
                    }
                    Log.warnf(
                            failure,
                            "%s: %s %s failed %d times, requeueing it",
                            consumer,
                            envelope.type(),
                            envelope.eventId(),
                            attempts);
                    count(consumer, REQUEUED);
                    span.setStatus(StatusCode.ERROR, "requeued after " + attempts + " attempts");
                    span.recordException(failure);
                    return Uni.createFrom()
                            .completionStage(message.nack(failure, Metadata.of(new RabbitMQRejectMetadata(true))));
                })
                .onTermination()
                .invoke(() -> {
                    span.end();
                    scope.close();
                });
    }

    /**
     * A message being handled is handled to the end. The connector cancels what its consumer has in flight when the
     * broker cancels the consumer (its queue was deleted) or the application stops; a transaction abandoned half-way
     * then loses a message whose queue no longer exists. Detached from that cancellation, the transaction commits or
     * rolls back, and the outcome is settled on the channel as far as it still can be.
     */
    private static <T> Uni<T> toTheEnd(Uni<T> handling) {
        return Uni.createFrom().emitter(emitter -> handling.subscribe().with(emitter::complete, emitter::fail));
    }

    /**
     * Tries {@code work} again while it fails transiently, with doubling pauses, for up to the transient budget; what
     * still fails then, or fails otherwise, goes on to the attempts and the requeue.
     */
    private Uni<String> waitingOutTransientFailures(
            String consumer, EventEnvelope<?> envelope, Supplier<Uni<String>> work) {
        var waits = new AtomicInteger();
        return Uni.createFrom()
                .deferred(work::get)
                .onFailure(TransientFailures::isTransient)
                .invoke(failure -> {
                    count(consumer, WAITED);
                    if (waits.incrementAndGet() == 1) {
                        Log.warnf(
                                "%s: %s %s failed transiently (%s); waiting it out for up to %s",
                                consumer, envelope.type(), envelope.eventId(), failure, transientBudget);
                    }
                })
                .onFailure(TransientFailures::isTransient)
                .retry()
                .withBackOff(FIRST_WAIT, transientBackoffMax)
                .expireIn(transientBudget.toMillis());
    }

    private static Context parentOf(Message<?> message) {
        return TracingMetadata.fromMessage(message)
                .map(TracingMetadata::getCurrentContext)
                .orElseGet(Context::current);
    }

    private void count(String consumer, String outcome) {
        metrics.counter("oms.messages.consumed", "consumer", consumer, "outcome", outcome)
                .increment();
    }

    private static Uni<String> duplicate(String consumer, EventEnvelope<?> envelope) {
        Log.debugf("%s: %s %s already processed", consumer, envelope.type(), envelope.eventId());
        return Uni.createFrom().item(DUPLICATE);
    }
}
