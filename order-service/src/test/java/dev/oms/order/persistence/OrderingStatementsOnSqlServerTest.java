package dev.oms.order.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.order.domain.Order;
import dev.oms.order.domain.OrderMother;
import dev.oms.order.domain.OrderStatus;
import dev.oms.platform.query.InList;
import dev.oms.sqlserver.OfflineSqlServer;
import dev.oms.sqlserver.TSql;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The T-SQL the order command side sends to SQL Server (placing, idempotency keys, the expiry of pending orders and
 * the purge of old keys), written by Hibernate's SQLServerDialect from the very queries the code issues.
 */
class OrderingStatementsOnSqlServerTest {

    private static OfflineSqlServer sqlServer;

    @BeforeAll
    static void mapTheOrders() {
        sqlServer = OfflineSqlServer.of("ordering", Order.class, IdempotencyRecord.class);
    }

    @AfterAll
    static void close() {
        sqlServer.close();
    }

    @Test
    void aPlacedOrderIsInsertedWithItsLines() {
        var statements = sqlServer.statements(session -> session.persist(OrderMother.pending()));

        assertThat(statements)
                .isNotEmpty()
                .allSatisfy(sql -> assertThat(TSql.refusals(sql)).as(sql).isEmpty());
        assertThat(statements)
                .anySatisfy(sql -> assertThat(sql).startsWithIgnoringCase("insert into ordering.customer_order "))
                .anySatisfy(sql -> assertThat(sql).startsWithIgnoringCase("insert into ordering.order_line "));
    }

    @Test
    void aRepeatedPlacementFindsItsKeyWithATopQuery() {
        var sql = sqlServer.statement(session -> OfflineSqlServer.find(
                        session, IdempotencyRecord.class, IdempotencyRecords.OF_CUSTOMER_WITH_KEY, "alice", "key-1")
                .setMaxResults(1)
                .getResultList());

        assertThat(TSql.refusals(sql)).as(sql).isEmpty();
        assertThat(sql).containsIgnoringCase("select top (?)");
    }

    @Test
    void overduePendingOrdersAreFoundOldestFirst() {
        var sql =
                sqlServer.statement(session -> session.createSelectionQuery(OrderRepository.OVERDUE_PENDING, UUID.class)
                        .setParameter("status", OrderStatus.PENDING)
                        .setParameter("cutoff", Instant.now())
                        .setMaxResults(100)
                        .getResultList());

        assertThat(TSql.refusals(sql)).as(sql).isEmpty();
        assertThat(sql).containsIgnoringCase("order by o1_0.created_at");
    }

    @Test
    void aBatchsOrdersAreReadInOneQuery() {
        var query = InList.expand(OrderRepository.WITH_IDS, "ids", List.of(UUID.randomUUID(), UUID.randomUUID()));
        var sql = sqlServer.statement(
                session -> OfflineSqlServer.find(session, Order.class, query.query(), query.parameters())
                        .getResultList());

        assertThat(TSql.refusals(sql)).as(sql).isEmpty();
        assertThat(sql).containsIgnoringCase("from ordering.customer_order").contains("in (?,?)");
    }

    @Test
    void expiredKeysArePurgedInBoundedBatches() {
        var statements = sqlServer.statements(session -> {
            session.createSelectionQuery(IdempotencyKeyPurge.EXPIRED_KEYS.oldestKeys(), Object[].class)
                    .setParameter("cutoff", Instant.now())
                    .setMaxResults(1_000)
                    .getResultList();
            session.createMutationQuery(IdempotencyKeyPurge.EXPIRED_KEYS.deletion())
                    .setParameter("keys", java.util.List.of(1L, 2L))
                    .setParameter("newest", Instant.now())
                    .executeUpdate();
        });

        assertThat(statements)
                .hasSize(2)
                .allSatisfy(sql -> assertThat(TSql.refusals(sql)).as(sql).isEmpty());
        assertThat(statements.get(0)).containsIgnoringCase("select top (?)").containsIgnoringCase("order by");
        assertThat(statements.get(1)).startsWithIgnoringCase("delete");
    }
}
