package dev.oms.platform.messaging.inbox;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Where a consumer hands its messages: each subscription handles up to {@code oms.consumer.concurrency} batches at
 * once, and a batch takes every message that has arrived meanwhile, up to {@code oms.consumer.batch-size}. A message
 * that arrives when a lane is free starts at once, alone, so batching adds no wait at a low rate; under load, the
 * messages that queued while a transaction ran share the next one ({@link InboxProcessor#processBatch}): one commit,
 * one inbox statement and one row lock for many events instead of one each.
 *
 * <p>{@link #consume} returns at once, so the connector delivers the next message without waiting for this one's
 * outcome; each message is acknowledged (or rejected) when its batch has settled. How many are unsettled at once is
 * bounded by the broker's prefetch ({@code max-outstanding-messages} per consumer). Each batch runs on a Vert.x context
 * of its own, which Hibernate Reactive needs for its session.
 */
@ApplicationScoped
public class InboxBatches {

    private final InboxProcessor processor;
    private final ConsumerDrain drain;
    private final Vertx vertx;
    private final int batchSize;
    private final int concurrency;
    private final Map<EventHandlers, Lane> lanes = new ConcurrentHashMap<>();

    public InboxBatches(InboxProcessor processor, ConsumerDrain drain, Vertx vertx, ConsumerSettings settings) {
        this.processor = processor;
        this.drain = drain;
        this.vertx = vertx;
        this.batchSize = settings.batchSize();
        this.concurrency = settings.concurrency();
    }

    /**
     * Takes a message to be handled with these handlers and returns at once. A stopping replica takes none: the
     * message stays unsettled and returns to its queue when the channel closes.
     */
    public Uni<Void> consume(EventHandlers handlers, Message<byte[]> message) {
        if (drain.admit()) {
            lanes.computeIfAbsent(handlers, Lane::new).offer(message);
        }
        return Uni.createFrom().voidItem();
    }

    /** One subscription's waiting messages and the batches it is running. */
    private final class Lane {

        private final EventHandlers handlers;
        private final ArrayDeque<Message<byte[]>> waiting = new ArrayDeque<>();
        private int running;

        Lane(EventHandlers handlers) {
            this.handlers = handlers;
        }

        void offer(Message<byte[]> message) {
            synchronized (this) {
                waiting.add(message);
            }
            startWhatCan();
        }

        private void startWhatCan() {
            for (var batch = next(); batch != null; batch = next()) {
                var taken = batch;
                var context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
                VertxContextSafetyToggle.setContextSafe(context, true);
                context.runOnContext(ignored -> processor
                        .processBatch(handlers, taken)
                        .subscribe()
                        .with(done -> ended(taken), failure -> ended(taken)));
            }
        }

        private synchronized List<Message<byte[]>> next() {
            if (running >= concurrency || waiting.isEmpty()) {
                return null;
            }
            running++;
            var batch = new ArrayList<Message<byte[]>>(Math.min(batchSize, waiting.size()));
            while (batch.size() < batchSize && !waiting.isEmpty()) {
                batch.add(waiting.poll());
            }
            return batch;
        }

        private void ended(List<Message<byte[]>> batch) {
            batch.forEach(message -> drain.finished());
            synchronized (this) {
                running--;
            }
            startWhatCan();
        }
    }
}
