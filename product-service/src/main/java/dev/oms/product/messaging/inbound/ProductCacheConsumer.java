package dev.oms.product.messaging.inbound;

import dev.oms.events.Subscription;
import dev.oms.events.product.ProductCreated;
import dev.oms.events.product.ProductStockChanged;
import dev.oms.events.product.ProductUpdated;
import dev.oms.platform.messaging.EventCodec;
import dev.oms.product.query.ProductCache;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Keeps this instance's cache fresh from the product events, including the ones other replicas publish and the saga's
 * stock changes. It reads from a queue of this instance's own (named with a random suffix, outliving a dropped
 * connection), not from a shared work queue: every replica must see every event. Nothing here is worth redelivering (a missed event costs at most the
 * cache TTL of staleness), so every message is acknowledged. Counted in {@code oms.messages.consumed} under the
 * consumer {@code product-service.cache}: processed, ignored (unusable) or failed (the refresh failed).
 */
@ApplicationScoped
public class ProductCacheConsumer {

    static final String CONSUMER = Subscription.PRODUCT_CACHE.consumer();

    private final EventCodec codec;
    private final ProductCache cache;
    private final MeterRegistry metrics;

    public ProductCacheConsumer(EventCodec codec, ProductCache cache, MeterRegistry metrics) {
        this.codec = codec;
        this.cache = cache;
        this.metrics = metrics;
    }

    @Incoming(Subscription.Channels.PRODUCT_CACHE)
    public Uni<Void> consume(Message<byte[]> message) {
        Uni<Void> applied;
        try {
            var envelope = codec.decode(new String(message.getPayload(), StandardCharsets.UTF_8));
            var payload = envelope.payload();
            applied = payload instanceof ProductUpdated
                            || payload instanceof ProductStockChanged
                            || payload instanceof ProductCreated
                    ? cache.apply(envelope)
                    : Uni.createFrom().voidItem();
        } catch (RuntimeException e) {
            // malformed, or an aggregateId that is not a product id: nothing to refresh, and never will be
            Log.warnf("Ignoring unusable product event: %s", e.getMessage());
            count("ignored");
            return Uni.createFrom().completionStage(message.ack());
        }
        return applied.invoke(() -> count("processed"))
                .onFailure()
                .invoke(e -> {
                    Log.warnf("Cache refresh failed: %s", e.getMessage());
                    count("failed");
                })
                .onFailure()
                .recoverWithNull()
                .chain(() -> Uni.createFrom().completionStage(message.ack()));
    }

    private void count(String outcome) {
        metrics.counter("oms.messages.consumed", "consumer", CONSUMER, "outcome", outcome)
                .increment();
    }
}
