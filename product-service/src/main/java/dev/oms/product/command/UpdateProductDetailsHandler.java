package dev.oms.product.command;

import dev.oms.platform.messaging.PersistenceFailures;
import dev.oms.platform.messaging.UnitOfWork;
import dev.oms.product.domain.Money;
import dev.oms.product.domain.Product;
import dev.oms.product.domain.ProductDetails;
import dev.oms.product.persistence.ProductRepository;
import dev.oms.product.projection.CommittedProductChanges;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;

/**
 * Updates a product's details under optimistic concurrency on the details version, and records {@code ProductUpdated}.
 * The product's row is locked while the edit is checked and saved, as a reservation locks it: a reservation or a stock
 * adjustment in flight makes the edit wait a moment, never fail, and the version a stale edit is refused with is the
 * one read under that lock. Another edit in between is what makes an edit stale, and no update is ever lost.
 */
@ApplicationScoped
public class UpdateProductDetailsHandler {

    private final ProductRepository products;
    private final ProductChanges changes;
    private final UnitOfWork unitOfWork;
    private final CommittedProductChanges committed;
    private final Clock clock;

    public UpdateProductDetailsHandler(
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

    /** @return the product's details version after the update */
    public Uni<Long> handle(UpdateProductDetails command) {
        return unitOfWork
                .run(() -> update(command))
                // a rename racing another to one new SKU: both passed the check, the constraint stops the second
                .onFailure(e -> PersistenceFailures.violates(e, Product.UNIQUE_SKU))
                .transform(e -> new DuplicateSkuException(command.sku()))
                .call(() -> committed.committed(List.of(command.productId())));
    }

    private Uni<Long> update(UpdateProductDetails command) {
        var details = new ProductDetails(command.sku(), command.name(), command.description(), command.category());
        return products.lock(command.productId())
                .onItem()
                .ifNull()
                .failWith(() -> new ProductNotFoundException(command.productId()))
                .call(product -> product.sku().equals(details.sku())
                        ? Uni.createFrom().voidItem()
                        : products.skuTakenByAnother(details.sku(), product.id())
                                .invoke(taken -> {
                                    if (taken) {
                                        throw new DuplicateSkuException(details.sku());
                                    }
                                }))
                .call(product -> {
                    var currency = command.currency() == null ? product.price().currency() : command.currency();
                    product.updateDetails(
                            details, new Money(command.price(), currency), command.expectedVersion(), clock.instant());
                    return save(product);
                })
                .map(Product::detailsVersion);
    }

    private Uni<Void> save(Product product) {
        return product.hasPendingEvents()
                ? changes.save(product)
                : Uni.createFrom().voidItem();
    }
}
