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
import java.util.UUID;

/** Adds a product, its read-model row and {@code ProductCreated}, in one transaction. */
@ApplicationScoped
public class AddProductHandler {

    private final ProductRepository products;
    private final ProductChanges changes;
    private final UnitOfWork unitOfWork;
    private final CommittedProductChanges committed;
    private final Clock clock;
    private final String defaultCurrency;

    public AddProductHandler(
            ProductRepository products,
            ProductChanges changes,
            UnitOfWork unitOfWork,
            CommittedProductChanges committed,
            Clock clock,
            CatalogSettings settings) {
        this.products = products;
        this.changes = changes;
        this.unitOfWork = unitOfWork;
        this.committed = committed;
        this.clock = clock;
        this.defaultCurrency = settings.defaultCurrency();
    }

    public Uni<UUID> handle(AddProduct command) {
        // the list pages cached on this instance may now be missing the new product
        return unitOfWork
                .run(() -> add(command))
                // two requests for one new SKU at once: both passed the check, the constraint stops the second
                .onFailure(e -> PersistenceFailures.violates(e, Product.UNIQUE_SKU))
                .transform(e -> new DuplicateSkuException(command.sku()))
                .call(id -> committed.committed(List.of(id)));
    }

    private Uni<UUID> add(AddProduct command) {
        var details = new ProductDetails(command.sku(), command.name(), command.description(), command.category());
        var price = new Money(command.price(), command.currency() == null ? defaultCurrency : command.currency());
        return products.skuExists(details.sku()).chain(exists -> {
            if (exists) {
                return Uni.createFrom().failure(new DuplicateSkuException(details.sku()));
            }
            var product = Product.create(details, price, command.stock(), clock.instant());
            return changes.save(product).replaceWith(product.id());
        });
    }
}
