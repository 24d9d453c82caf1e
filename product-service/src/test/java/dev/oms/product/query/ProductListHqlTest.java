package dev.oms.product.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.oms.product.query.ProductSort.Direction;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProductListHqlTest {

    private static final UUID ID = UUID.fromString("0b8f4c8e-3c1a-4d2e-9f10-2a3b4c5d6e7f");

    @Test
    void theFirstPageWithoutFiltersIsOrderedByTheKeyThenTheId() {
        var hql = ProductListHql.of(query(null, null, null, null, null, ProductSort.NAME, Direction.ASC, null));

        assertThat(hql.hql()).isEqualTo("from ProductRecord p order by p.name asc, p.id asc");
        assertThat(hql.parameters()).isEmpty();
    }

    @Test
    void everyFilterIsCombinedWithAnd() {
        var hql = ProductListHql.of(query(
                "cables",
                "  USB ",
                new BigDecimal("1"),
                new BigDecimal("9.5"),
                true,
                ProductSort.PRICE,
                Direction.DESC,
                null));

        assertThat(hql.hql())
                .isEqualTo("from ProductRecord p where p.category = :category"
                        + " and (p.nameKey like :q escape '!' or p.skuKey like :q escape '!')"
                        + " and p.price >= :minPrice and p.price <= :maxPrice and p.availableStock > 0"
                        + " order by p.price desc, p.id desc");
        assertThat(hql.parameters())
                .containsOnly(
                        entry("category", "cables"),
                        entry("q", "usb%"),
                        entry("minPrice", new BigDecimal("1")),
                        entry("maxPrice", new BigDecimal("9.5")));
    }

    @Test
    void outOfStockIsStockZero() {
        var hql = ProductListHql.of(query(null, null, null, null, false, ProductSort.NAME, Direction.ASC, null));

        assertThat(hql.hql()).contains("where p.availableStock = 0");
    }

    @Test
    void aLaterPageStartsStrictlyAfterTheCursorInTheSortDirection() {
        var ascending = ProductListHql.of(query(
                null,
                null,
                null,
                null,
                null,
                ProductSort.PRICE,
                Direction.ASC,
                new Cursor(ProductSort.PRICE, Direction.ASC, "10.5000", ID)));
        var descending = ProductListHql.of(query(
                null,
                null,
                null,
                null,
                null,
                ProductSort.UPDATED_AT,
                Direction.DESC,
                new Cursor(ProductSort.UPDATED_AT, Direction.DESC, "2026-03-01T09:00:00.123456Z", ID)));

        assertThat(ascending.hql()).contains("where p.price >= :afterKey and (p.price > :afterKey or p.id > :afterId)");
        assertThat(ascending.parameters())
                .containsOnly(entry("afterKey", new BigDecimal("10.5000")), entry("afterId", ID));
        assertThat(descending.hql())
                .contains("where p.updatedAt <= :afterKey and (p.updatedAt < :afterKey or p.id < :afterId)");
        assertThat(descending.parameters()).containsEntry("afterKey", Instant.parse("2026-03-01T09:00:00.123456Z"));
    }

    @Test
    void wildcardsInTheSearchTextMatchThemselves() {
        assertThat(ProductListHql.likePrefix("50%_off!")).isEqualTo("50!%!_off!!%");
        assertThat(ProductListHql.likePrefix("[a]")).isEqualTo("![a]%");
    }

    private static ProductListQuery query(
            String category,
            String q,
            BigDecimal min,
            BigDecimal max,
            Boolean inStock,
            ProductSort sort,
            Direction direction,
            Cursor after) {
        return new ProductListQuery(category, q, min, max, inStock, sort, direction, 20, after);
    }
}
