package dev.oms.product.domain;

import dev.oms.platform.domain.Aggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A product of the catalogue and its available stock: the aggregate the command side changes. It guards its own
 * rules and records the events each change raises; the command handler saves both in one transaction.
 *
 * <p>Mapped with plain Jakarta Persistence annotations (no Hibernate or Quarkus types), so the domain stays free of the
 * framework while the command side needs no second model to map to.
 */
@Entity
@Table(name = "product")
public class Product extends Aggregate<ProductEvent> {

    /** The reason a reservation gives in {@code ProductStockChanged}. */
    public static final String RESERVATION = "reserved for an order";

    /** The unique constraint on {@link #skuKey}: what a race between two products of one SKU runs into. */
    public static final String UNIQUE_SKU = "uk_product_sku_key";

    public static final String RELEASE = "release of a cancelled order";

    @Id
    private UUID id;

    @Column(nullable = false, length = 64)
    private String sku;

    /** The SKU as it is unique: {@link ProductDetails#skuKey}. */
    @Column(name = "sku_key", nullable = false, unique = true, length = 64)
    private String skuKey;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 2000)
    private String description;

    @Column(nullable = false, length = 100)
    private String category;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal price;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(nullable = false)
    private int stock;

    /**
     * Counts the changes to the details and price only, where the aggregate's version counts every change: what an
     * edit is checked against, so that stock moving (sales, restocks) never makes an admin's edit stale.
     */
    @Column(name = "details_version", nullable = false)
    private long detailsVersion;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /**
     * Reservations and releases made since the product was loaded and not yet written: a batch of stock requests
     * changes a product once per order in memory and writes it once, at {@link #versionWithStockChanges}.
     */
    @Transient
    private int unsavedStockChanges;

    protected Product() {
        // for the persistence provider
    }

    /** Adds a product to the catalogue. */
    public static Product create(ProductDetails details, Money price, int initialStock, Instant now) {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(price, "price");
        if (initialStock < 0) {
            throw new IllegalArgumentException("initial stock must be >= 0");
        }
        var product = new Product();
        product.id = UUID.randomUUID();
        product.sku = details.sku();
        product.skuKey = ProductDetails.skuKey(details.sku());
        product.name = details.name();
        product.description = details.description();
        product.category = details.category();
        product.price = price.amount();
        product.currency = price.currency();
        product.stock = initialStock;
        // the aggregate's version a new product is saved at, so the first ETag reads the same whichever counts
        product.detailsVersion = 0;
        product.createdAt = now;
        product.changedAt(now);
        product.raise(new ProductEvent.Added(product.id, details, price, initialStock));
        return product;
    }

    /**
     * Replaces the product's details and price, provided the caller saw the current details (optimistic concurrency:
     * a caller who edits a stale copy must reload, never overwrite a change it has not seen). Stock is not a detail:
     * it changes only through {@link #adjustStock} and reservations, and does not make an edit stale. A change that
     * changes nothing records nothing and keeps the details version.
     *
     * @throws StaleVersionException when {@code expectedDetailsVersion} is not the current details version
     */
    public void updateDetails(ProductDetails details, Money newPrice, long expectedDetailsVersion, Instant now) {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(newPrice, "price");
        if (expectedDetailsVersion != detailsVersion) {
            throw new StaleVersionException(id, expectedDetailsVersion, detailsVersion);
        }
        if (details.equals(details()) && newPrice.equals(price())) {
            return;
        }
        sku = details.sku();
        skuKey = ProductDetails.skuKey(details.sku());
        name = details.name();
        description = details.description();
        category = details.category();
        price = newPrice.amount();
        currency = newPrice.currency();
        detailsVersion++;
        changedAt(now);
        raise(new ProductEvent.DetailsChanged(id, details(), price(), stock, detailsVersion));
    }

    /**
     * Restocks ({@code delta > 0}) or writes off ({@code delta < 0}) stock outside any order.
     *
     * @throws InsufficientStockException when the write-off would take the stock below zero
     */
    public void adjustStock(int delta, String reason, Instant now) {
        if (delta == 0) {
            throw new IllegalArgumentException("delta must not be 0");
        }
        Objects.requireNonNull(reason, "reason");
        long after = (long) stock + delta;
        if (after < 0) {
            throw new InsufficientStockException(id, stock, delta);
        }
        if (after > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("stock would overflow");
        }
        stock = (int) after;
        changedAt(now);
        raise(new ProductEvent.StockChanged(id, delta, stock, reason, null));
    }

    /**
     * Takes stock for an order. The caller holds this product's row lock, so the check and the change cannot
     * interleave with another reservation.
     */
    public void reserve(int quantity, UUID orderId, Instant now) {
        requirePositive(quantity);
        Objects.requireNonNull(orderId, "orderId");
        if (quantity > stock) {
            throw new InsufficientStockException(id, stock, -quantity);
        }
        stock -= quantity;
        unsavedStockChanges++;
        changedAt(now);
        raise(new ProductEvent.StockChanged(id, -quantity, stock, RESERVATION, orderId));
    }

    /** Gives back what a cancelled order had reserved. */
    public void release(int quantity, UUID orderId, Instant now) {
        requirePositive(quantity);
        Objects.requireNonNull(orderId, "orderId");
        stock = Math.addExact(stock, quantity);
        unsavedStockChanges++;
        changedAt(now);
        raise(new ProductEvent.StockChanged(id, quantity, stock, RELEASE, orderId));
    }

    private static void requirePositive(int quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be > 0");
        }
    }

    public ProductDetails details() {
        return new ProductDetails(sku, name, description, category);
    }

    public UUID id() {
        return id;
    }

    public String sku() {
        return sku;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public String category() {
        return category;
    }

    public Money price() {
        return new Money(price, currency);
    }

    public int stock() {
        return stock;
    }

    /** The version of the details and price: the product's ETag, which an edit must name. */
    public long detailsVersion() {
        return detailsVersion;
    }

    /**
     * The version each reservation and release counts: the version loaded plus one per such change made since. The
     * event a change raises carries the version it produces, and the write of the changes (one statement for all of
     * them) sets this version, so versions stay one per change, as the product cache and the ETags expect.
     */
    public long versionWithStockChanges() {
        return version() + unsavedStockChanges;
    }

    /** Whether reservations or releases changed this product since it was loaded, not written yet. */
    public boolean hasUnsavedStockChanges() {
        return unsavedStockChanges > 0;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
