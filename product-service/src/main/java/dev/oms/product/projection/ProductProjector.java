package dev.oms.product.projection;

import dev.oms.product.domain.Product;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps the read model in step with the aggregate. Called by every command handler after it flushed the aggregate and
 * inside the same transaction, so the read model can never show a state the catalogue did not commit, nor lag it.
 */
@ApplicationScoped
public class ProductProjector implements PanacheRepositoryBase<ProductViewRow, UUID> {

    /** Every column of a product's read-model row but its id (rendered for SQL Server by a test). */
    static final String REFRESH = "sku = :sku, skuKey = :skuKey, name = :name, nameKey = :nameKey,"
            + " description = :description, category = :category, price = :price, currency = :currency,"
            + " availableStock = :availableStock, version = :version, detailsVersion = :detailsVersion,"
            + " updatedAt = :updatedAt where id = :id";

    /**
     * Writes the product's current state (as flushed, with its new version) to its read-model row: one update, and
     * an insert only for a product that has no row yet (just added).
     */
    public Uni<Void> project(Product product) {
        return update(REFRESH, columnsOf(product))
                .chain(updated -> updated > 0
                        ? Uni.createFrom().voidItem()
                        : persist(newRow(product)).replaceWithVoid());
    }

    /** As above, for a product whose reservations and releases were written at once: its row, at that version. */
    public Uni<Void> projectStock(Product product) {
        var columns = columnsOf(product);
        columns.put("version", product.versionWithStockChanges());
        return update(REFRESH, columns).replaceWithVoid();
    }

    static Map<String, Object> columnsOf(Product product) {
        var columns = new HashMap<String, Object>();
        columns.put("id", product.id());
        columns.put("sku", product.sku());
        columns.put("skuKey", searchKey(product.sku()));
        columns.put("name", product.name());
        columns.put("nameKey", searchKey(product.name()));
        columns.put("description", product.description());
        columns.put("category", product.category());
        columns.put("price", product.price().amount());
        columns.put("currency", product.price().currency());
        columns.put("availableStock", product.stock());
        columns.put("version", product.version());
        columns.put("detailsVersion", product.detailsVersion());
        columns.put("updatedAt", product.updatedAt());
        return columns;
    }

    private static ProductViewRow newRow(Product product) {
        var row = new ProductViewRow();
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
        return row;
    }

    /** How names and SKUs are stored for searching; queries must normalise their text the same way. */
    public static String searchKey(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
