package dev.oms.product.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * The orders the product list can be read in. Each is backed by an index on (key, id): the id breaks ties, so the order
 * is total and a page boundary is never ambiguous.
 */
public enum ProductSort {
    NAME("name", "name", ProductView::name, s -> s),
    PRICE("price", "price", v -> v.price().toPlainString(), BigDecimal::new),
    UPDATED_AT("updatedAt", "updatedAt", v -> v.updatedAt().toString(), Instant::parse);

    private final String apiName;
    private final String attribute;
    private final Function<ProductView, String> keyOf;
    private final Function<String, Object> parseKey;

    ProductSort(
            String apiName, String attribute, Function<ProductView, String> keyOf, Function<String, Object> parseKey) {
        this.apiName = apiName;
        this.attribute = attribute;
        this.keyOf = keyOf;
        this.parseKey = parseKey;
    }

    public String apiName() {
        return apiName;
    }

    /** The attribute of {@link ProductRecord} the HQL orders by. */
    String attribute() {
        return attribute;
    }

    /** The sort key of a row, as text (what a cursor carries). */
    String keyOf(ProductView row) {
        return keyOf.apply(row);
    }

    /** A sort key read back from a cursor, typed for the query parameter. */
    Object parseKey(String key) {
        return parseKey.apply(key);
    }

    public static Optional<ProductSort> ofApiName(String name) {
        return Arrays.stream(values()).filter(s -> s.apiName.equals(name)).findFirst();
    }

    public enum Direction {
        ASC,
        DESC
    }
}
