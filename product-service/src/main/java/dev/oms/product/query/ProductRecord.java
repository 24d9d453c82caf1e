package dev.oms.product.query;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * The query side's read-only view of a catalogue row. Mapped separately from the command side's aggregate so that
 * queries never load (or accidentally change) the aggregate.
 */
@Entity(name = "ProductRecord")
@Table(name = "product")
@Immutable
public class ProductRecord {

    @Id
    public UUID id;

    public String sku;

    public String name;

    public String description;

    public String category;

    public BigDecimal price;

    public String currency;

    @Column(name = "stock")
    public int availableStock;

    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
