package dev.oms.platform.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.platform.messaging.inbox.InboxHousekeeping;
import dev.oms.platform.messaging.inbox.InboxMessage;
import dev.oms.sqlserver.OfflineSqlServer;
import dev.oms.sqlserver.TSql;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.LockMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The T-SQL the outbox relay and the purges of the outbox and the inbox send to SQL Server, written by Hibernate's SQLServerDialect
 * from the very HQL the code issues, without a server.
 */
class OutboxStatementsOnSqlServerTest {

    private static OfflineSqlServer sqlServer;

    @BeforeAll
    static void mapThePlatformsEntities() {
        sqlServer = OfflineSqlServer.of("catalog", OutboxEvent.class, OutboxRelayLock.class, InboxMessage.class);
    }

    @AfterAll
    static void close() {
        sqlServer.close();
    }

    @Test
    void theRelayLockIsTakenWithoutWaitingForAnotherRelay() {
        var sql = sqlServer.statement(
                session -> session.find(OutboxRelayLock.class, OutboxRelayLock.ID, LockMode.UPGRADE_SKIPLOCKED));

        System.out.println(sql);
        assertThat(TSql.refusals(sql)).isEmpty();
        assertThat(TSql.tableHints(sql)).containsExactly("updlock,rowlock,readpast");
    }

    @Test
    void anEventIsInsertedWithoutItsSequenceNumberWhichTheIdentityColumnGives() {
        var statements = sqlServer.statements(session -> {
            session.persist(event());
            session.persist(event());
        });

        statements.forEach(System.out::println);
        assertThat(statements)
                .hasSize(2)
                .allSatisfy(sql -> assertThat(TSql.refusals(sql)).isEmpty())
                .allSatisfy(sql -> assertThat(sql)
                        .startsWithIgnoringCase("insert into catalog.outbox_event (")
                        .doesNotContainIgnoringCase("output inserted")
                        .doesNotContainIgnoringCase("(id,")
                        .doesNotContainIgnoringCase(",id,")
                        .doesNotContainIgnoringCase(",id)"));
    }

    private static OutboxEvent event() {
        var row = new OutboxEvent();
        row.eventId = UUID.randomUUID();
        row.eventType = "ProductStockChanged";
        row.aggregateId = UUID.randomUUID().toString();
        row.envelope = "{}";
        row.occurredAt = Instant.parse("2026-12-05T10:00:00Z");
        return row;
    }

    @Test
    void theOldestPendingRowsArePagedInIdOrder() {
        var sql = sqlServer.statement(
                session -> OfflineSqlServer.find(session, OutboxEvent.class, OutboxRepository.PENDING_OLDEST_FIRST)
                        .setFirstResult(0)
                        .setMaxResults(100)
                        .getResultList());

        System.out.println(sql);
        assertThat(TSql.refusals(sql)).isEmpty();
        assertThat(sql).containsIgnoringCase("published_at is null").containsIgnoringCase("order by");
    }

    @Test
    void publishedRowsAreMarkedInOneStatementByTheirIds() {
        var sql = sqlServer.statement(
                session -> session.createMutationQuery("update OutboxEvent set " + OutboxRepository.MARK_PUBLISHED)
                        .setParameter(1, java.time.Instant.parse("2026-12-04T10:00:00Z"))
                        .setParameter(2, java.util.List.of(1L, 2L, 3L))
                        .executeUpdate());

        System.out.println(sql);
        assertThat(TSql.refusals(sql)).isEmpty();
        assertThat(sql)
                .containsIgnoringCase("update")
                .containsIgnoringCase("published_at")
                .contains("in (?,?,?)");
    }

    @Test
    void theBacklogIsCountedAndDated() {
        var statements = sqlServer.statements(session -> {
            OfflineSqlServer.count(session, OutboxEvent.class, OutboxRepository.PENDING);
            OfflineSqlServer.find(session, OutboxEvent.class, OutboxRepository.PENDING_OLDEST_FIRST)
                    .setMaxResults(1)
                    .getResultList();
        });

        statements.forEach(System.out::println);
        assertThat(statements)
                .hasSize(2)
                .allSatisfy(sql -> assertThat(TSql.refusals(sql)).isEmpty());
    }

    @Test
    void publishedRowsAndRememberedEventsArePurgedInBoundedBatches() {
        var someKeys = Map.of(
                OutboxHousekeeping.PUBLISHED_EVENTS, List.<Object>of(1L, 2L),
                InboxHousekeeping.PROCESSED_EVENTS, List.<Object>of(UUID.randomUUID(), UUID.randomUUID()));
        for (var expiring : someKeys.keySet()) {
            var statements = sqlServer.statements(session -> {
                session.createSelectionQuery(expiring.oldestKeys(), Object[].class)
                        .setParameter("cutoff", Instant.now())
                        .setMaxResults(1_000)
                        .getResultList();
                session.createMutationQuery(expiring.deletion())
                        .setParameter("keys", someKeys.get(expiring))
                        .setParameter("newest", Instant.now())
                        .executeUpdate();
            });

            statements.forEach(System.out::println);
            assertThat(statements)
                    .hasSize(2)
                    .allSatisfy(sql -> assertThat(TSql.refusals(sql)).isEmpty());
        }
    }
}
