package dev.oms.product.query;

import java.util.List;

/**
 * One page of the product list. {@code nextCursor} is null on the last page; otherwise it is passed back as
 * {@code cursor} to read the next one.
 */
public record ProductPage(List<ProductView> items, String nextCursor) {

    public ProductPage {
        items = List.copyOf(items);
    }
}
