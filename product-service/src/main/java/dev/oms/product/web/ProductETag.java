package dev.oms.product.web;

import dev.oms.product.query.CachedProduct;

/**
 * The ETag of {@code GET /api/products/{id}}: {@code "<details version>.<aggregate version>"}, e.g. {@code "3.17"}.
 *
 * <p>Two versions because the tag has two jobs. As a cache validator (If-None-Match) it must change whenever the
 * representation does, stock included: the aggregate version, which counts every change, does that. As a precondition
 * of an edit (If-Match) it must stay valid while stock moves (issue 20): only the details version, its first part, is
 * compared there (see {@link IfMatch}). The details version alone would let a 304 tell a client its stale stock is
 * current.
 */
final class ProductETag {

    private ProductETag() {}

    /** The opaque tag, without quotes. */
    static String of(CachedProduct product) {
        return product.detailsVersion() + "." + product.aggregateVersion();
    }
}
