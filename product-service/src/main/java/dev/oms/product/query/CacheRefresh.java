package dev.oms.product.query;

import dev.oms.events.EventEnvelope;
import dev.oms.events.product.ProductStockChanged;
import dev.oms.events.product.ProductUpdated;

/**
 * What a product event does to a cached product. The envelope's aggregate version, which grows with every change
 * (details and stock alike), orders events: an event no newer than the cached entry is ignored, so a late or
 * redelivered event can never take the cache back in time. The details version the view shows is carried over from
 * the event ({@code ProductUpdated}) or from the entry (a stock change leaves it as it is).
 */
public record CacheRefresh(Action action, ProductSnapshot replacement) {

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

    public static CacheRefresh of(ProductSnapshot cached, EventEnvelope<?> event) {
        long version = event.aggregateVersion();
        if (version <= cached.aggregateVersion()) {
            return KEEP;
        }
        var view = cached.view();
        // the whole state, whatever was missed in between; from a producer that predates detailsVersion, not enough
        if (event.payload() instanceof ProductUpdated updated && updated.detailsVersion() != null) {
            return replace(
                    new ProductView(
                            view.id(),
                            updated.sku(),
                            updated.name(),
                            updated.description(),
                            updated.category(),
                            updated.price(),
                            updated.currency(),
                            updated.stock(),
                            updated.detailsVersion(),
                            event.occurredAt()),
                    version);
        }
        if (event.payload() instanceof ProductStockChanged changed && version == cached.aggregateVersion() + 1) {
            // only the stock: safe only when it is the very next change to what is cached
            return replace(
                    new ProductView(
                            view.id(),
                            view.sku(),
                            view.name(),
                            view.description(),
                            view.category(),
                            view.price(),
                            view.currency(),
                            changed.stock(),
                            view.version(),
                            event.occurredAt()),
                    version);
        }
        return EVICT;
    }

    private static CacheRefresh replace(ProductView view, long aggregateVersion) {
        return new CacheRefresh(Action.REPLACE, new ProductSnapshot(view, aggregateVersion));
    }
}
