package dev.oms.product.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.platform.query.InList;
import dev.oms.product.domain.OrderReservation;
import dev.oms.product.domain.OrderReservationMother;
import dev.oms.product.domain.Product;
import dev.oms.product.domain.ProductMother;
import dev.oms.product.projection.ProductViewRow;
import dev.oms.product.query.ProductRecord;
import dev.oms.sqlserver.OfflineSqlServer;
import dev.oms.sqlserver.TSql;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The T-SQL the catalogue's command side sends to SQL Server, written by Hibernate's SQLServerDialect from the very
 * queries and mappings the code uses, without a server.
 */
class CatalogStatementsOnSqlServerTest {

    private static OfflineSqlServer sqlServer;

    @BeforeAll
    static void mapTheCatalogue() {
        sqlServer = OfflineSqlServer.of(
                "catalog", Product.class, OrderReservation.class, ProductViewRow.class, ProductRecord.class);
    }

    @AfterAll
    static void close() {
        sqlServer.close();
    }

    @Test
    void productsAreLockedForAReservationWithUpdateLocksOnTheirRowsInIdOrder() {
        var query = InList.expand(
                ProductRepository.WITH_IDS_IN_ID_ORDER, "ids", List.of(UUID.randomUUID(), UUID.randomUUID()));
        var sql = sqlServer.statement(
                session -> OfflineSqlServer.find(session, Product.class, query.query(), query.parameters())
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getResultList());

        assertThat(TSql.refusals(sql)).as(sql).isEmpty();
        // UPDLOCK: a second reservation of the same product waits here instead of deadlocking on the later update
        assertThat(TSql.tableHints(sql)).as(sql).containsExactly("updlock,holdlock,rowlock");
        assertThat(sql).containsIgnoringCase("order by p1_0.id");
    }

    @Test
    void aReservationOfOneProductLocksItsRowWithTheSameHints() {
        var sql = sqlServer.statement(
                session -> session.find(Product.class, UUID.randomUUID(), LockModeType.PESSIMISTIC_WRITE));

        assertThat(TSql.refusals(sql)).as(sql).isEmpty();
        assertThat(TSql.tableHints(sql)).as(sql).containsExactly("updlock,holdlock,rowlock");
        assertThat(sql).containsIgnoringCase("where p1_0.id=?");
    }

    @Test
    void aTakenSkuIsCountedOnItsKey() {
        var statements = sqlServer.statements(session -> {
            OfflineSqlServer.count(session, Product.class, ProductRepository.WITH_SKU_KEY, "mug-1");
            OfflineSqlServer.count(
                    session, Product.class, ProductRepository.WITH_SKU_KEY_OF_ANOTHER, "mug-1", UUID.randomUUID());
        });

        assertThat(statements).hasSize(2).allSatisfy(sql -> {
            assertThat(TSql.refusals(sql)).as(sql).isEmpty();
            assertThat(sql).containsIgnoringCase("count_big(*)").containsIgnoringCase("sku_key=?");
        });
    }

    @Test
    void aNewProductAndItsReadModelRowAreInserted() {
        var product = ProductMother.keyboard().build();
        var statements = sqlServer.statements(session -> session.persist(product));

        assertThat(statements)
                .singleElement()
                .satisfies(sql -> assertThat(TSql.refusals(sql)).as(sql).isEmpty())
                .satisfies(sql -> assertThat(sql).startsWithIgnoringCase("insert into catalog.product "));
    }

    @Test
    void aReservationIsWrittenWithItsLines() {
        var keyboard = ProductMother.keyboard().build();
        var reservation = OrderReservationMother.reserved(UUID.randomUUID(), Map.of(keyboard, 2));
        var statements = sqlServer.statements(session -> session.persist(reservation));

        assertThat(statements)
                .isNotEmpty()
                .allSatisfy(sql -> assertThat(TSql.refusals(sql)).as(sql).isEmpty());
        assertThat(statements)
                .anySatisfy(
                        sql -> assertThat(sql).startsWithIgnoringCase("insert into catalog.order_reservation_line"));
    }

    @Test
    void aBatchsStockChangesAreWrittenWithOneUpdateGuardedByTheLoadedVersion() {
        var sql = sqlServer.statement(
                session -> session.createMutationQuery("update Product set " + ProductRepository.STOCK_CHANGED)
                        .setParameter("stock", 4)
                        .setParameter("updatedAt", java.time.Instant.now())
                        .setParameter("version", 7L)
                        .setParameter("id", UUID.randomUUID())
                        .setParameter("loaded", 4L)
                        .executeUpdate());

        assertThat(TSql.refusals(sql)).as(sql).isEmpty();
        assertThat(sql)
                .startsWithIgnoringCase("update ")
                .containsIgnoringCase("catalog.product")
                .containsIgnoringCase("stock=?")
                .containsIgnoringCase("version=?")
                .containsPattern("where \\w+\\.id=\\? and \\w+\\.version=\\?$");
    }
}
