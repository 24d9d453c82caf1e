package dev.oms.product.query;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * One page of the product list: filters (null = not filtered), the sort, the page size and where the previous page
 * ended ({@code after} null for the first page).
 *
 * @param q a case-insensitive prefix of the product's name or SKU
 */
public record ProductListQuery(
        String category,
        String q,
        BigDecimal minPrice,
        BigDecimal maxPrice,
        Boolean inStock,
        ProductSort sort,
        ProductSort.Direction direction,
        int size,
        Cursor after) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public ProductListQuery {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        if (after != null && (after.sort() != sort || after.direction() != direction)) {
            throw new IllegalArgumentException("the cursor belongs to another sort");
        }
        q = q == null || q.isBlank() ? null : q.strip().toLowerCase(Locale.ROOT);
    }

    public boolean isFirstPage() {
        return after == null;
    }
}
