package dev.oms.product.command;

import dev.oms.platform.messaging.PersistenceFailures;
import dev.oms.platform.messaging.UnitOfWork;
import dev.oms.product.domain.Money;
import dev.oms.product.domain.Product;
import dev.oms.product.domain.ProductDetails;
import dev.oms.product.domain.StaleVersionException;
import dev.oms.product.persistence.ProductRepository;
import dev.oms.product.projection.CommittedProductChanges;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;

/**
 * Updates a product's details under optimistic concurrency and records {@code ProductUpdated}. The version is checked
 * twice: by the domain against the loaded product (the common, early 409) and by the versioned UPDATE at flush (a
 * concurrent writer that committed in between), so no update is ever lost.
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

    /** @return the product's version after the update */
    public Uni<Long> handle(UpdateProductDetails command) {
        return unitOfWork
                .run(() -> update(command))
                .onFailure(PersistenceFailures::isLostRace)
                .transform(e -> new StaleVersionException(
                        command.productId(), command.expectedVersion(), command.expectedVersion() + 1))
                .onFailure(e -> PersistenceFailures.violates(e, Product.UNIQUE_SKU))
                .transform(e -> new DuplicateSkuException(command.sku()))
                .call(() -> committed.committed(List.of(command.productId())));
    }

    private Uni<Long> update(UpdateProductDetails command) {
        var details = new ProductDetails(command.sku(), command.name(), command.description(), command.category());
        return products.findById(command.productId())
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
                .map(Product::version);
    }

    private Uni<Void> save(Product product) {
        return product.hasPendingEvents()
                ? changes.save(product)
                : Uni.createFrom().voidItem();
    }
}
