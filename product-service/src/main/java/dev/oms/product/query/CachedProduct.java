package dev.oms.product.query;

/**
 * A product as the cache serves it: the snapshot read (or refreshed by an event) and its JSON, written once when the
 * entry is made, so that every read of this version sends the same bytes without serialising anything.
 *
 * @param json the view as the API shows it (UTF-8 JSON); never modified once made
 */
public record CachedProduct(ProductSnapshot snapshot, byte[] json) {

    public ProductView view() {
        return snapshot.view();
    }

    /** What an edit names (If-Match, the body's version): stock movements leave it as it is. */
    public long detailsVersion() {
        return snapshot.view().version();
    }

    /** Counts every change, stock included: two reads at the same aggregate version show the same product. */
    public long aggregateVersion() {
        return snapshot.aggregateVersion();
    }
}
