package dev.oms.product.persistence;

import dev.oms.product.domain.Product;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** Loads and stores the {@link Product} aggregate for the command side. */
@ApplicationScoped
public class ProductRepository implements PanacheRepositoryBase<Product, UUID> {

    public Uni<Boolean> skuExists(String sku) {
        return count("sku", sku).map(n -> n > 0);
    }

    public Uni<Boolean> skuTakenByAnother(String sku, UUID productId) {
        return count("sku = ?1 and id <> ?2", sku, productId).map(n -> n > 0);
    }

    /**
     * Takes {@code quantity} units off a product's stock if, and only if, that many are available: the check and the
     * decrement are one conditional UPDATE, so concurrent reservations can never take the stock below zero.
     *
     * @return whether the stock was taken
     */
    public Uni<Boolean> takeStock(UUID productId, int quantity, Instant now) {
        return update("stock = stock - ?1, version = version + 1, updatedAt = ?2 where id = ?3 and stock >= ?1",
                quantity, now, productId).map(rows -> rows == 1);
    }
}
