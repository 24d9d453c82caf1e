package dev.oms.product.projection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.product.domain.ProductMother;
import dev.oms.sqlserver.OfflineSqlServer;
import dev.oms.sqlserver.TSql;
import org.junit.jupiter.api.Test;

/** The T-SQL the projector sends to SQL Server when a product changes, written by Hibernate's SQLServerDialect. */
class ProjectionStatementsOnSqlServerTest {

    @Test
    void aChangedProductsRowIsRewrittenWithOneUpdateByItsKey() {
        var product = ProductMother.keyboard().build();
        try (var sqlServer = OfflineSqlServer.of("catalog", ProductViewRow.class)) {
            var sql = sqlServer.statement(session -> {
                var update = session.createMutationQuery("update ProductViewRow set " + ProductProjector.REFRESH);
                ProductProjector.columnsOf(product).forEach(update::setParameter);
                update.executeUpdate();
            });

            assertThat(TSql.refusals(sql)).as(sql).isEmpty();
            assertThat(sql)
                    .startsWithIgnoringCase("update ")
                    .containsIgnoringCase("from catalog.product_view")
                    .containsIgnoringCase("available_stock=?")
                    .containsIgnoringCase("details_version=?")
                    .containsPattern("where \\w+\\.id=\\?$");
        }
    }
}
