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
 * reached by few and are keyed by cursors too varied to pay). Entries are kept fresh three ways: this instance drops
 * them right after its own commits; every instance applies the product events it receives on its own queue; and a TTL
 * (configuration) bounds how stale an entry can get if an event is lost.
 *
 * <p>Unknown ids are not cached: a product created a moment later must be readable at once.
 */
@ApplicationScoped
public class ProductCache implements CommittedProductChanges {

    private final ProductQueries queries;
    private final Cache byId;
    private final Cache firstPages;

    public ProductCache(
            ProductQueries queries,
            @CacheName("product-by-id") Cache byId,
            @CacheName("product-list-first-pages") Cache firstPages) {
        this.queries = queries;
        this.byId = byId;
        this.firstPages = firstPages;
    }

    public Uni<Optional<ProductView>> byId(UUID id) {
        return byId.<UUID, ProductSnapshot>getAsync(
                        id, key -> queries.byId(key).map(found -> found.orElseThrow(NoSuchElementException::new)))
                .map(snapshot -> Optional.of(snapshot.view()))
                .onFailure(NoSuchElementException.class)
                .recoverWithItem(Optional.empty());
    }

    public Uni<ProductPage> list(ProductListQuery query) {
        if (!query.isFirstPage()) {
            return queries.list(query);
        }
        return firstPages.getAsync(query, queries::list);
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
        CompletableFuture<ProductSnapshot> cached = byId.as(CaffeineCache.class).getIfPresent(id);
        if (cached != null) {
            // the entry may still be loading: decide once it is there, against what the database returned
            cached.thenAccept(view -> refresh(id, view, event));
        }
        return firstPages.invalidateAll();
    }

    private void refresh(UUID id, ProductSnapshot cached, EventEnvelope<?> event) {
        var refresh = CacheRefresh.of(cached, event);
        switch (refresh.action()) {
            case REPLACE ->
                byId.as(CaffeineCache.class).put(id, CompletableFuture.completedFuture(refresh.replacement()));
            case EVICT -> byId.invalidate(id).subscribe().with(ignored -> {});
            case KEEP -> {}
        }
    }
}
