package dev.oms.product.command;

import dev.oms.product.domain.Product;
import dev.oms.product.messaging.outbox.Outbox;
import dev.oms.product.persistence.ProductRepository;
import dev.oms.product.projection.ProductProjector;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;

/**
 * Saves what the saga did to products: flushes them (so each has its new version), refreshes their read-model rows
 * and records their events, inside the caller's transaction.
 */
@ApplicationScoped
public class ProductChanges {

    private final ProductRepository products;
    private final ProductProjector projector;
    private final Outbox outbox;

    public ProductChanges(ProductRepository products, ProductProjector projector, Outbox outbox) {
        this.products = products;
        this.projector = projector;
        this.outbox = outbox;
    }

    public Uni<Void> save(Collection<Product> changed, String correlationId) {
        return products.flush()
                .chain(() -> Multi.createFrom()
                        .iterable(changed)
                        .onItem()
                        .transformToUniAndConcatenate(product -> projector
                                .project(product)
                                .chain(() -> outbox.append(
                                        product.takePendingEvents(),
                                        product.id().toString(),
                                        product.version(),
                                        correlationId,
                                        product.updatedAt())))
                        .collect()
                        .last()
                        .replaceWithVoid());
    }
}
