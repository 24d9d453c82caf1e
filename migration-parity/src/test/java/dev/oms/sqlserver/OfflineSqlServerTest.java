package dev.oms.sqlserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OfflineSqlServerTest {

    private static OfflineSqlServer sqlServer;

    @BeforeAll
    static void map() {
        sqlServer = OfflineSqlServer.of("store", Shelf.class);
    }

    @AfterAll
    static void close() {
        sqlServer.close();
    }

    @Test
    void panachesShortFormsAreExpandedAsPanacheDoesAndWrittenInTSql() {
        var statements = sqlServer.statements(session -> {
            OfflineSqlServer.find(session, Shelf.class, "labelKey = ?1 order by id", "a")
                    .setFirstResult(0)
                    .setMaxResults(10)
                    .getResultList();
            assertThat(OfflineSqlServer.count(session, Shelf.class, "labelKey", "a"))
                    .isZero();
        });

        assertThat(statements)
                .containsExactly(
                        "select s1_0.id,s1_0.label_key,s1_0.version from store.shelf s1_0 where s1_0.label_key=?"
                                + " order by s1_0.id offset ? rows fetch first ? rows only",
                        "select count_big(*) from store.shelf s1_0 where s1_0.label_key=?");
    }

    @Test
    void locksAreWrittenAsTableHints() {
        var sql = sqlServer.statement(
                session -> OfflineSqlServer.find(session, Shelf.class, "id in ?1", List.of(UUID.randomUUID()))
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getResultList());

        assertThat(TSql.tableHints(sql)).containsExactly("updlock,holdlock,rowlock");
    }

    @Test
    void writesAreRecordedAsTheyWouldBeSentAndSeeOneRowChanged() {
        var shelf = new Shelf();
        shelf.id = UUID.randomUUID();
        shelf.labelKey = "a";

        assertThat(sqlServer.statements(session -> session.persist(shelf)))
                .containsExactly("insert into store.shelf (label_key,version,id) values (?,?,?)");
        assertThat(sqlServer.statements(session -> session.merge(shelf))).isNotEmpty();
    }

    @Test
    void askingForOneStatementWhenSeveralAreWrittenFails() {
        assertThatThrownBy(() -> sqlServer.statement(session -> {
                    session.createSelectionQuery("from Shelf", Shelf.class).getResultList();
                    session.createSelectionQuery("from Shelf", Shelf.class).getResultList();
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("expected one statement");
    }
}
