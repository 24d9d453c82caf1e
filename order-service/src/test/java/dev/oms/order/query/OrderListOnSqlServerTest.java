package dev.oms.order.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.platform.query.InList;
import dev.oms.sqlserver.OfflineSqlServer;
import dev.oms.sqlserver.TSql;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The order list, its details and the counts by status as SQL Server receives them, written by Hibernate's
 * SQLServerDialect from the HQL the query side builds.
 */
class OrderListOnSqlServerTest {

    private static final Instant AT = Instant.parse("2026-06-01T08:00:00Z");

    private static OfflineSqlServer sqlServer;

    @BeforeAll
    static void mapTheReadModel() {
        sqlServer = OfflineSqlServer.of("ordering", OrderRecord.class);
    }

    @AfterAll
    static void close() {
        sqlServer.close();
    }

    @Test
    void everyPageIsNewestFirstWithTheIdAsTieBreakerAndNothingSqlServerRefuses() {
        for (var search : everyShape()) {
            var list = OrderListHql.of(search);
            var sql = sqlServer.statement(session -> {
                var page = session.createSelectionQuery(list.hql(), OrderRecord.class)
                        .setMaxResults(search.size() + 1);
                list.parameters().forEach(page::setParameter);
                page.getResultList();
            });

            assertThat(TSql.refusals(sql)).as(sql).isEmpty();
            assertThat(sql).as("%s", search).containsIgnoringCase("order by or1_0.created_at desc,or1_0.id desc");
        }
    }

    @Test
    void theLinesAndTheHistoriesOfAPageAreFetchedInOneQueryEach() {
        for (var collection : List.of("lines", "history")) {
            var query = InList.expand(
                    OrderListHql.withCollection(collection), "ids", List.of(UUID.randomUUID(), UUID.randomUUID()));
            var sql = sqlServer.statement(session -> {
                var filled = session.createSelectionQuery(query.query(), OrderRecord.class);
                query.parameters().forEach(filled::setParameter);
                filled.getResultList();
            });

            assertThat(TSql.refusals(sql)).as(sql).isEmpty();
            assertThat(sql).containsIgnoringCase("left join").containsIgnoringCase("in (?,?)");
        }
    }

    @Test
    void ordersAreCountedByStatusInOneGroupBy() {
        var sql = sqlServer.statement(session -> session.createSelectionQuery(OrderCounts.BY_STATUS, Object[].class)
                .getResultList());

        assertThat(TSql.refusals(sql)).as(sql).isEmpty();
        assertThat(sql).containsIgnoringCase("group by or1_0.status");
    }

    private static List<OrderSearch> everyShape() {
        var shapes = new ArrayList<OrderSearch>();
        var cursor = new OrderCursor(AT, UUID.randomUUID());
        for (var after : new OrderCursor[] {null, cursor}) {
            shapes.add(new OrderSearch(null, null, null, null, 20, after));
            shapes.add(new OrderSearch("alice", null, null, null, 20, after));
            shapes.add(new OrderSearch(null, "CONFIRMED", null, null, 20, after));
            shapes.add(new OrderSearch("alice", "PENDING", AT.minusSeconds(3600), AT, 100, after));
        }
        return shapes;
    }
}
