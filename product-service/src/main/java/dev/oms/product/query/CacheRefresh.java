package dev.oms.product.query;

import dev.oms.events.EventEnvelope;
import dev.oms.events.product.ProductStockChanged;
import dev.oms.events.product.ProductUpdated;

/**
 * What a product event does to a cached product. The envelope's aggregate version orders events: an event no newer
 * than the cached entry is ignored, so a late or redelivered event can never take the cache back in time.
 */
public record CacheRefresh(Action action, ProductView replacement) {

    public enum Action {
        /** The cache already holds this change or a later one. */
        KEEP,
        /** The event carries everything the cached entry needs: replace it without a database read. */
        REPLACE,
        /** The event is newer but cannot be applied on its own (a change in between was not seen): drop the entry. */
        EVICT
    }

    private static final CacheRefresh KEEP = new CacheRefresh(Action.KEEP, null);
    private static final CacheRefresh EVICT = new CacheRefresh(Action.EVICT, null);

    public static CacheRefresh of(ProductView cached, EventEnvelope<?> event) {
        long version = event.aggregateVersion();
        if (version <= cached.version()) {
            return KEEP;
        }
        if (event.payload() instanceof ProductUpdated updated) {
            // the whole state: whatever was missed in between, this replaces it
            return new CacheRefresh(
                    Action.REPLACE,
                    new ProductView(
                            cached.id(),
                            updated.sku(),
                            updated.name(),
                            updated.description(),
                            updated.category(),
                            updated.price(),
                            updated.currency(),
                            updated.stock(),
                            version,
                            event.occurredAt()));
        }
        if (event.payload() instanceof ProductStockChanged changed && version == cached.version() + 1) {
            // only the stock: safe only when it is the very next change to what is cached
            return new CacheRefresh(
                    Action.REPLACE,
                    new ProductView(
                            cached.id(),
                            cached.sku(),
                            cached.name(),
                            cached.description(),
                            cached.category(),
                            cached.price(),
                            cached.currency(),
                            changed.stock(),
                            version,
                            event.occurredAt()));
        }
        return EVICT;
    }
}
