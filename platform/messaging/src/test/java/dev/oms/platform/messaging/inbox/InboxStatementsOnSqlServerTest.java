package dev.oms.platform.messaging.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.sqlserver.OfflineSqlServer;
import dev.oms.sqlserver.TSql;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The T-SQL the inbox sends to SQL Server for each delivery, written by Hibernate's SQLServerDialect. */
class InboxStatementsOnSqlServerTest {

    @Test
    void anEventIsLookedUpByItsKeyAndRememberedWithOneInsert() {
        try (var sqlServer = OfflineSqlServer.of("ordering", InboxMessage.class)) {
            var statements = sqlServer.statements(session -> {
                var key = new InboxMessage.Key("order-service.stock-reserved", UUID.randomUUID());
                session.find(InboxMessage.class, key);
                session.persist(new InboxMessage(key.consumer(), key.eventId(), Instant.now()));
            });

            statements.forEach(System.out::println);
            assertThat(statements)
                    .hasSize(2)
                    .allSatisfy(sql -> assertThat(TSql.refusals(sql)).isEmpty());
            assertThat(statements.get(0)).containsIgnoringCase("from ordering.inbox_message");
            assertThat(statements.get(1)).startsWithIgnoringCase("insert into ordering.inbox_message");
        }
    }

    @Test
    void aBatchOfEventsIsLookedUpWithOneQuery() {
        try (var sqlServer = OfflineSqlServer.of("ordering", InboxMessage.class)) {
            var sql = sqlServer.statement(session -> session.createSelectionQuery(Inbox.ALREADY_PROCESSED, UUID.class)
                    .setParameter(1, "order-service.stock-reserved")
                    .setParameter(2, List.of(UUID.randomUUID(), UUID.randomUUID()))
                    .getResultList());

            System.out.println(sql);
            assertThat(TSql.refusals(sql)).isEmpty();
            assertThat(sql).containsIgnoringCase("from ordering.inbox_message").contains("in (?,?)");
        }
    }
}
