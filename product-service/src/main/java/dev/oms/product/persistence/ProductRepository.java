package dev.oms.product.persistence;

import dev.oms.platform.query.InList;
import dev.oms.product.domain.Product;
import dev.oms.product.domain.ProductDetails;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Loads and stores the {@link Product} aggregate for the command side. */
@ApplicationScoped
public class ProductRepository implements PanacheRepositoryBase<Product, UUID> {

    // Panache's short forms, rendered for SQL Server by a test as they are here
    static final String WITH_SKU_KEY = "skuKey";
    static final String WITH_SKU_KEY_OF_ANOTHER = "skuKey = ?1 and id <> ?2";
    static final String WITH_IDS_IN_ID_ORDER = "id in (:ids) order by id";
    static final String STOCK_CHANGED =
            "stock = :stock, updatedAt = :updatedAt, version = :version where id = :id and version = :loaded";

    /** Whether a product has this SKU, whatever its letter case. */
    public Uni<Boolean> skuExists(String sku) {
        return count(WITH_SKU_KEY, ProductDetails.skuKey(sku)).map(n -> n > 0);
    }

    /** Whether another product has this SKU, whatever its letter case. */
    public Uni<Boolean> skuTakenByAnother(String sku, UUID productId) {
        return count(WITH_SKU_KEY_OF_ANOTHER, ProductDetails.skuKey(sku), productId)
                .map(n -> n > 0);
    }

    /** Loads a product and locks its row as {@link #lockAll} does; null when there is none. */
    public Uni<Product> lock(UUID id) {
        return lockAll(List.of(id)).map(found -> found.get(id));
    }

    /**
     * Loads the products with these ids and locks their rows for the rest of the transaction (PESSIMISTIC_WRITE:
     * {@code FOR UPDATE} on PostgreSQL, {@code WITH (UPDLOCK, HOLDLOCK, ROWLOCK)} on SQL Server). Rows are locked in id
     * order, so two transactions locking overlapping sets cannot deadlock. Unknown ids are simply absent.
     */
    public Uni<Map<UUID, Product>> lockAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of()); // a rejected order's release: nothing held, nothing to lock
        }
        var query = InList.expand(WITH_IDS_IN_ID_ORDER, "ids", ids);
        return find(query.query(), query.parameters())
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list()
                .map(found -> found.stream().collect(Collectors.toMap(Product::id, Function.identity())));
    }

    /**
     * As {@link #lockAll}, for a reservation: a single product whose row this unit of work holds already (a batch locks
     * all its products first) is taken as held, without a statement. Several products are locked in one statement, in
     * the database's id order, as a batch locks them, so that the two cannot deadlock.
     */
    public Uni<Map<UUID, Product>> lockForReservation(Collection<UUID> ids) {
        if (ids.size() != 1) {
            return lockForStockChanges(ids);
        }
        var id = ids.iterator().next();
        return findById(id, LockModeType.PESSIMISTIC_WRITE)
                .map(product -> product == null ? Map.<UUID, Product>of() : Map.of(id, product))
                .call(this::notFlushed);
    }

    /**
     * As {@link #lockAll}, for reservations and releases: the products are not written by the session's flushes
     * (which would write each change of a batch with a version of its own) but once, by {@link #saveStock}.
     */
    public Uni<Map<UUID, Product>> lockForStockChanges(Collection<UUID> ids) {
        return lockAll(ids).call(this::notFlushed);
    }

    private Uni<Void> notFlushed(Map<UUID, Product> locked) {
        return getSession()
                .invoke(session -> locked.values().forEach(product -> session.setReadOnly(product, true)))
                .replaceWithVoid();
    }

    /**
     * Writes what reservations and releases changed in a product (held by {@link #lockForStockChanges}) in one
     * statement, at the version its changes counted, provided the row is still at the version it was loaded at.
     */
    public Uni<Void> saveStock(Product product) {
        long version = product.versionWithStockChanges();
        return update(
                        STOCK_CHANGED,
                        Map.of(
                                "stock", product.stock(),
                                "updatedAt", product.updatedAt(),
                                "version", version,
                                "id", product.id(),
                                "loaded", product.version()))
                .invoke(updated -> {
                    if (updated != 1) {
                        throw new IllegalStateException("product " + product.id() + " changed under its lock: not at "
                                + product.version() + " any more");
                    }
                })
                .replaceWithVoid();
    }
}
