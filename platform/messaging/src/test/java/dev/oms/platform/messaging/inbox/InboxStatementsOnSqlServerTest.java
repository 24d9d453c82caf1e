package dev.oms.platform.messaging.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.platform.query.InList;
import dev.oms.sqlserver.OfflineSqlServer;
import dev.oms.sqlserver.TSql;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
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
            var query = InList.expand(Inbox.ALREADY_PROCESSED, "events", List.of(UUID.randomUUID(), UUID.randomUUID()))
                    .with("consumer", "order-service.stock-reserved");
            var sql = sqlServer.statement(session -> {
                var alreadyProcessed = session.createSelectionQuery(query.query(), UUID.class);
                query.parameters().forEach(alreadyProcessed::setParameter);
                alreadyProcessed.getResultList();
            });

            System.out.println(sql);
            assertThat(TSql.refusals(sql)).isEmpty();
            assertThat(sql).containsIgnoringCase("from ordering.inbox_message").contains("in (?,?)");
        }
    }

    @Test
    void aBatchLookupKeepsItsSqlPlanWhereALookupBoundToACollectionIsTranslatedEachTime() {
        try (var sqlServer = OfflineSqlServer.of("ordering", InboxMessage.class)) {
            long writtenOut = hitsOfTheSecondLookup(
                    sqlServer,
                    events -> InList.expand(Inbox.ALREADY_PROCESSED, "events", events)
                            .with("consumer", "c"));
            long boundToACollection = hitsOfTheSecondLookup(
                    sqlServer, events -> new InList(BOUND_TO_A_COLLECTION, Map.of("events", events)));

            // written out, 3 and 4 values both take 4 parameters: the second lookup finds the parsed HQL and the SQL
            assertThat(writtenOut).isEqualTo(2);
            assertThat(boundToACollection).isEqualTo(1);
        }
    }

    private static final String BOUND_TO_A_COLLECTION =
            "select m.key.eventId from InboxMessage m where m.key.eventId in :events";

    /** Looks up 3 events, then 4 others: how often the second lookup found its interpretation in Hibernate's caches. */
    private static long hitsOfTheSecondLookup(OfflineSqlServer sqlServer, Function<List<UUID>, InList> lookup) {
        long before = 0;
        for (int count : new int[] {3, 4}) {
            before = sqlServer.queryPlanCacheHits();
            var query =
                    lookup.apply(Stream.generate(UUID::randomUUID).limit(count).toList());
            sqlServer.statement(session -> {
                var selection = session.createSelectionQuery(query.query(), UUID.class);
                query.parameters().forEach(selection::setParameter);
                selection.getResultList();
            });
        }
        return sqlServer.queryPlanCacheHits() - before;
    }
}
