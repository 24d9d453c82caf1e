package dev.oms.sqlserver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TSqlTest {

    @Test
    void postgreSqlsOwnSyntaxIsRefused() {
        assertThat(TSql.refusals("select p.id from catalog.product p where p.id = ?::uuid order by p.id limit ?"))
                .containsExactly("LIMIT (SQL Server pages with TOP or OFFSET ... FETCH)", "a PostgreSQL cast (::)");
        assertThat(TSql.refusals("select id from t where id = 1 for no key update skip locked"))
                .contains(
                        "FOR UPDATE (SQL Server locks with table hints)",
                        "SKIP LOCKED / NOWAIT (SQL Server: READPAST, LOCK_TIMEOUT)");
        assertThat(TSql.refusals("select name from t where name ilike ? order by name nulls last"))
                .containsExactly("ILIKE", "NULLS FIRST/LAST");
        assertThat(TSql.refusals("insert into t (a) values (?) returning id"))
                .containsExactly("RETURNING (SQL Server: OUTPUT)");
    }

    @Test
    void pagingWithoutAnOrderIsRefusedAndWithOneIsNot() {
        assertThat(TSql.refusals("select id from t offset ? rows fetch first ? rows only"))
                .containsExactly("OFFSET ... FETCH without ORDER BY");
        assertThat(TSql.refusals("select id from t order by id offset ? rows fetch first ? rows only"))
                .isEmpty();
        assertThat(TSql.refusals("select top (?) id from t where a = ?")).isEmpty();
    }

    @Test
    void wordsInsideStringLiteralsDoNotCount() {
        assertThat(TSql.refusals("select id from t where note = 'for update limit 1 true'"))
                .isEmpty();
    }

    @Test
    void tableHintsAreReadInOrder() {
        assertThat(TSql.tableHints("select a.id from a with (UPDLOCK, ROWLOCK) join b with (readpast) on a.id=b.id"))
                .containsExactly("updlock,rowlock", "readpast");
    }

    @Test
    void aNativeStatementMustBeReadableAsTSql() {
        assertThat(TSql.refusalsOfNative("SELECT [name] FROM sys.databases WHERE name = DB_NAME()"))
                .isEmpty();
        assertThat(TSql.refusalsOfNative("SELECT id FROM t ORDER BY id LIMIT 5"))
                .isNotEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TSql.refusalsOfNative("SELEC id FROM"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
