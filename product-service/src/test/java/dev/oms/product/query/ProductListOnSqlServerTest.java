package dev.oms.product.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.sqlserver.OfflineSqlServer;
import dev.oms.sqlserver.TSql;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every shape of the product list (each sort, each direction, first and later pages, with and without each filter) as
 * SQL Server receives it, written by Hibernate's SQLServerDialect from the HQL {@link ProductListHql} builds.
 */
class ProductListOnSqlServerTest {

    private static OfflineSqlServer sqlServer;

    @BeforeAll
    static void mapTheReadModel() {
        sqlServer = OfflineSqlServer.of("catalog", ProductRecord.class);
    }

    @AfterAll
    static void close() {
        sqlServer.close();
    }

    @Test
    void everyPageIsPagedInTheOrderOfItsKeyAndTheIdWithNothingSqlServerRefuses() {
        var shapes = everyShape();
        for (var query : shapes) {
            var hql = ProductListHql.of(query);
            var sql = sqlServer.statement(session -> {
                // as ProductQueries reads a page: straight into views
                var page = session.createSelectionQuery(ProductListHql.VIEW + hql.hql(), ProductView.class);
                hql.parameters().forEach(page::setParameter);
                page.setMaxResults(query.size() + 1).getResultList();
            });

            assertThat(TSql.refusals(sql)).as(sql).isEmpty();
            var direction = query.direction() == ProductSort.Direction.ASC ? "" : " desc";
            assertThat(sql)
                    .as("%s", query)
                    .containsIgnoringCase(
                            "order by pr1_0." + column(query.sort()) + direction + ",pr1_0.id" + direction);
            if (Boolean.TRUE.equals(query.inStock())) {
                // a literal, not a parameter: only then can SQL Server use the filtered index
                // ix_product_view_in_stock_name
                assertThat(sql).contains("available_stock>0");
            }
            if (query.q() != null) {
                assertThat(sql).containsIgnoringCase("like ? escape '!'");
            }
        }
        assertThat(shapes).hasSizeGreaterThan(40);
    }

    /** The product list's parameters in every combination a request can give. */
    private static List<ProductListQuery> everyShape() {
        var shapes = new ArrayList<ProductListQuery>();
        for (var sort : ProductSort.values()) {
            for (var direction : ProductSort.Direction.values()) {
                var cursor = new Cursor(sort, direction, keyOf(sort), UUID.randomUUID());
                for (var after : new Cursor[] {null, cursor}) {
                    shapes.add(new ProductListQuery(null, null, null, null, null, sort, direction, 20, after));
                    shapes.add(new ProductListQuery("kitchen", null, null, null, null, sort, direction, 20, after));
                    shapes.add(new ProductListQuery(null, "mug_1%", null, null, null, sort, direction, 20, after));
                    shapes.add(new ProductListQuery(
                            null, null, BigDecimal.ONE, BigDecimal.TEN, true, sort, direction, 20, after));
                    shapes.add(new ProductListQuery(
                            "kitchen", "cup", BigDecimal.ONE, BigDecimal.TEN, false, sort, direction, 100, after));
                }
            }
        }
        return shapes;
    }

    private static String keyOf(ProductSort sort) {
        return switch (sort) {
            case NAME -> "Espresso cup";
            case PRICE -> "7.25";
            case UPDATED_AT -> Instant.parse("2026-06-01T08:00:00Z").toString();
        };
    }

    private static String column(ProductSort sort) {
        return switch (sort) {
            case NAME -> "name";
            case PRICE -> "price";
            case UPDATED_AT -> "updated_at";
        };
    }
}
