package dev.oms.product.query;

import dev.oms.events.EventEnvelope;
import dev.oms.product.projection.CommittedProductChanges;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * The query side's in-memory front: products by id, and first pages of list queries (the hot ones: later pages are
 * reached by few and are keyed by cursors too varied to pay), each kept with the JSON it is sent as. Entries are kept fresh three ways: this instance drops
 * them right after its own catalogue commands commit; every instance applies the product events it receives on its own queue; and a TTL
 * (configuration) bounds how stale an entry can get if an event is lost.
 *
 * <p>Unknown ids are not cached: a product created a moment later must be readable at once.
 */
@ApplicationScoped
public class ProductCache implements CommittedProductChanges {

    private final ProductQueries queries;
    private final ProductJson json;
    private final Cache byId;
    private final Cache firstPages;

    public ProductCache(
            ProductQueries queries,
            ProductJson json,
            @CacheName("product-by-id") Cache byId,
            @CacheName("product-list-first-pages") Cache firstPages) {
        this.queries = queries;
        this.json = json;
        this.byId = byId;
        this.firstPages = firstPages;
    }

    /** The product with its JSON, serialised once per version: every read of a version gets the same bytes. */
    public Uni<Optional<CachedProduct>> byId(UUID id) {
        return byId.<UUID, CachedProduct>getAsync(
                        id,
                        key -> queries.byId(key)
                                .map(found -> json.cached(found.orElseThrow(NoSuchElementException::new))))
                .map(Optional::of)
                .onFailure(NoSuchElementException.class)
                .recoverWithItem(Optional.empty());
    }

    /**
     * One page as JSON: a first page is written once per cached copy (every read of it sends the same bytes), a later
     * page for each read.
     */
    public Uni<byte[]> list(ProductListQuery query) {
        if (!query.isFirstPage()) {
            return queries.list(query).map(json::page);
        }
        return firstPages.getAsync(query, key -> queries.list(key).map(json::page));
    }

    @Override
    public Uni<Void> committed(Collection<UUID> productIds) {
        return Multi.createFrom()
                .iterable(productIds)
                .onItem()
                .transformToUniAndConcatenate(byId::invalidate)
                .collect()
                .last()
                .chain(firstPages::invalidateAll);
    }

    /** Brings the cache up to date with an event about a product (see {@link CacheRefresh}). */
    public Uni<Void> apply(EventEnvelope<?> event) {
        var id = UUID.fromString(event.aggregateId());
        CompletableFuture<CachedProduct> cached = byId.as(CaffeineCache.class).getIfPresent(id);
        if (cached != null) {
            // the entry may still be loading: decide once it is there, against what the database returned
            cached.thenAccept(product -> refresh(id, product, event));
        }
        return firstPages.invalidateAll();
    }

    private void refresh(UUID id, CachedProduct cached, EventEnvelope<?> event) {
        var refresh = CacheRefresh.of(cached.snapshot(), event);
        switch (refresh.action()) {
            case REPLACE ->
                byId.as(CaffeineCache.class)
                        .put(id, CompletableFuture.completedFuture(json.cached(refresh.replacement())));
            case EVICT -> byId.invalidate(id).subscribe().with(ignored -> {});
            case KEEP -> {}
        }
    }
}
