package dev.oms.product.projection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of the read model ({@code product_view}) as the projector writes it. The query side maps the same table with
 * its own read-only entity; only the projector writes here.
 */
@Entity(name = "ProductViewRow")
@Table(name = "product_view")
public class ProductViewRow {

    @Id
    public UUID id;

    @Column(nullable = false, length = 64)
    public String sku;

    /** {@code sku} lower-cased: what a case-insensitive prefix search compares with. */
    @Column(name = "sku_key", nullable = false, length = 64)
    public String skuKey;

    @Column(nullable = false, length = 200)
    public String name;

    /** {@code name} lower-cased: what a case-insensitive prefix search compares with. */
    @Column(name = "name_key", nullable = false, length = 200)
    public String nameKey;

    @Column(length = 2000)
    public String description;

    @Column(nullable = false, length = 100)
    public String category;

    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal price;

    @Column(nullable = false, length = 3)
    public String currency;

    @Column(name = "available_stock", nullable = false)
    public int availableStock;

    /** The aggregate's version: counts every change, and orders the events that refresh caches. */
    @Column(nullable = false)
    public long version;

    /** The version of the details and price: the product's ETag. */
    @Column(name = "details_version", nullable = false)
    public long detailsVersion;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
