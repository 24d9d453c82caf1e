package dev.oms.platform.messaging.inbox;

import dev.oms.events.EventEnvelope;
import dev.oms.events.EventPayload;
import dev.oms.events.EventType;
import dev.oms.events.Subscription;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which handler takes which event of a subscription, one per event type it declares. Complete by construction: {@link
 * Builder#build()} refuses a subscription type without a handler and a handler for a type the subscription does not
 * take, so a consumer cannot acknowledge a delivered event that nothing handled, nor wait for one it never receives.
 */
public final class EventHandlers {

    private final Subscription subscription;
    private final Map<Class<? extends EventPayload>, Function<EventPayload, Uni<Void>>> byPayload;
    private final Function<List<EventPayload>, Uni<Void>> beforeBatch;

    private EventHandlers(
            Subscription subscription,
            Map<Class<? extends EventPayload>, Function<EventPayload, Uni<Void>>> byPayload,
            Function<List<EventPayload>, Uni<Void>> beforeBatch) {
        this.subscription = subscription;
        this.byPayload = Map.copyOf(byPayload);
        this.beforeBatch = beforeBatch;
    }

    public static Builder of(Subscription subscription) {
        return new Builder(subscription);
    }

    public Subscription subscription() {
        return subscription;
    }

    /** Runs the handler of the envelope's payload type; an event of a type not subscribed to is logged and skipped. */
    Uni<Void> handle(EventEnvelope<?> envelope) {
        var handler = byPayload.get(envelope.payload().getClass());
        if (handler == null) {
            Log.warnf("%s: %s is not among the types it takes; skipped", subscription.consumer(), envelope.type());
            return Uni.createFrom().voidItem();
        }
        return handler.apply(envelope.payload());
    }

    /** Runs, inside a batch's transaction, before its first handler: see {@link Builder#beforeBatch}. */
    Uni<Void> beforeBatch(List<EventPayload> payloads) {
        return beforeBatch.apply(payloads);
    }

    public static final class Builder {

        private final Subscription subscription;
        private final Map<Class<? extends EventPayload>, Function<EventPayload, Uni<Void>>> byPayload = new HashMap<>();
        private Function<List<EventPayload>, Uni<Void>> beforeBatch =
                payloads -> Uni.createFrom().voidItem();

        private Builder(Subscription subscription) {
            this.subscription = subscription;
        }

        public <P extends EventPayload> Builder on(Class<P> type, Function<P, Uni<Void>> handler) {
            if (byPayload.putIfAbsent(type, payload -> handler.apply(type.cast(payload))) != null) {
                throw new IllegalStateException(subscription + ": two handlers for " + type.getSimpleName());
            }
            return this;
        }

        /**
         * Work done once for a batch of events handled in one transaction, before the first handler, with the payloads
         * about to be handled (duplicates left out): e.g. locking every row the batch's handlers will lock, in one
         * statement and in one order, so two batches cannot deadlock.
         */
        public Builder beforeBatch(Function<List<EventPayload>, Uni<Void>> work) {
            this.beforeBatch = work;
            return this;
        }

        public EventHandlers build() {
            var taken =
                    subscription.types().stream().map(EventType::payloadClass).collect(Collectors.toSet());
            if (!taken.equals(byPayload.keySet())) {
                throw new IllegalStateException(
                        subscription + " takes " + names(taken) + " but has handlers for " + names(byPayload.keySet()));
            }
            return new EventHandlers(subscription, byPayload, beforeBatch);
        }

        private static String names(java.util.Set<Class<? extends EventPayload>> types) {
            return types.stream().map(Class::getSimpleName).sorted().toList().toString();
        }
    }
}
