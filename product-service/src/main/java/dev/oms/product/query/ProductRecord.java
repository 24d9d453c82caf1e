package dev.oms.product.query;

import dev.oms.platform.query.AggregateRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.Immutable;

/**
 * A row of the read model ({@code product_view}, kept in step with the aggregate by the projector), read-only. Mapped
 * apart from the command side's classes so that queries never load (or accidentally change) them.
 */
@Entity(name = "ProductRecord")
@Table(name = "product_view")
@Immutable
public class ProductRecord extends AggregateRow {

    public String sku;

    public String name;

    @Column(name = "name_key")
    public String nameKey;

    @Column(name = "sku_key")
    public String skuKey;

    public String description;

    public String category;

    public BigDecimal price;

    public String currency;

    @Column(name = "available_stock")
    public int availableStock;

    /** The version of the details and price, which the API shows as the product's version and ETag. */
    @Column(name = "details_version")
    public long detailsVersion;
}
