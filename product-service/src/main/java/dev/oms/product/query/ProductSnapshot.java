package dev.oms.product.query;

/**
 * A product as read, with the aggregate version it was read at. The view shows the details version (the ETag); the
 * aggregate version counts every change, stock included, and is what orders the events applied to a cached product.
 */
public record ProductSnapshot(ProductView view, long aggregateVersion) {

    static ProductSnapshot of(ProductRecord r) {
        return new ProductSnapshot(ProductView.of(r), r.version);
    }
}
