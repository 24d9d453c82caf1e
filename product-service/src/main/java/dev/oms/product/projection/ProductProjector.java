package dev.oms.product.projection;

import dev.oms.product.domain.Product;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.UUID;

/**
 * Keeps the read model in step with the aggregate. Called by every command handler after it flushed the aggregate and
 * inside the same transaction, so the read model can never show a state the catalogue did not commit, nor lag it.
 */
@ApplicationScoped
public class ProductProjector implements PanacheRepositoryBase<ProductViewRow, UUID> {

    /** Writes the product's current state (as flushed, with its new version) to its read-model row. */
    public Uni<Void> project(Product product) {
        return findById(product.id()).chain(existing -> {
            var row = existing == null ? new ProductViewRow() : existing;
            row.id = product.id();
            row.sku = product.sku();
            row.skuKey = searchKey(product.sku());
            row.name = product.name();
            row.nameKey = searchKey(product.name());
            row.description = product.description();
            row.category = product.category();
            row.price = product.price().amount();
            row.currency = product.price().currency();
            row.availableStock = product.stock();
            row.version = product.version();
            row.detailsVersion = product.detailsVersion();
            row.updatedAt = product.updatedAt();
            return existing == null
                    ? persist(row).replaceWithVoid()
                    : Uni.createFrom().voidItem();
        });
    }

    /** How names and SKUs are stored for searching; queries must normalise their text the same way. */
    public static String searchKey(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
