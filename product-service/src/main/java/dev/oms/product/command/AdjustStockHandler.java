package dev.oms.product.command;

import dev.oms.platform.messaging.PersistenceFailures;
import dev.oms.platform.messaging.UnitOfWork;
import dev.oms.product.persistence.ProductRepository;
import dev.oms.product.projection.CommittedProductChanges;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Restocks or writes off stock and records {@code ProductStockChanged}. The caller sends no version (a delta commutes
 * with other deltas), so losing the version race to a concurrent reservation or adjustment is not the caller's
 * conflict: the whole transaction is retried against the fresh stock, a few times.
 */
@ApplicationScoped
public class AdjustStockHandler {

    static final int ATTEMPTS = 5;

    private final ProductRepository products;
    private final ProductChanges changes;
    private final UnitOfWork unitOfWork;
    private final CommittedProductChanges committed;
    private final Clock clock;

    public AdjustStockHandler(
            ProductRepository products,
            ProductChanges changes,
            UnitOfWork unitOfWork,
            CommittedProductChanges committed,
            Clock clock) {
        this.products = products;
        this.changes = changes;
        this.unitOfWork = unitOfWork;
        this.committed = committed;
        this.clock = clock;
    }

    /** @return the product after the adjustment */
    public Uni<StockAdjusted> handle(AdjustStock command) {
        return Uni.createFrom()
                .deferred(() -> unitOfWork.run(() -> adjust(command)))
                .onFailure(PersistenceFailures::isLostRace)
                .retry()
                .atMost(ATTEMPTS - 1)
                .call(() -> committed.committed(List.of(command.productId())));
    }

    private Uni<StockAdjusted> adjust(AdjustStock command) {
        return products.findById(command.productId())
                .onItem()
                .ifNull()
                .failWith(() -> new ProductNotFoundException(command.productId()))
                .call(product -> {
                    product.adjustStock(command.delta(), command.reason(), clock.instant());
                    return changes.save(product);
                })
                .map(product -> new StockAdjusted(product.id(), product.stock(), product.detailsVersion()));
    }

    /**
     * The outcome of an adjustment. {@code version} is the details version, which the adjustment left as it was: still
     * the product's ETag, still what an edit names.
     */
    public record StockAdjusted(UUID productId, int availableStock, long version) {}
}
