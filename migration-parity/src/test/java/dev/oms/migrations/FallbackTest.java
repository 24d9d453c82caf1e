package dev.oms.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Each statement form JSqlParser 5.3 rejects, and the fallback that reads it; there are exactly these. */
class FallbackTest {

    private final StatementParser mssql = new StatementParser(Dialect.MSSQL);

    @Test
    void theFallbacksAreExactlyTheseForms() {
        assertThat(Fallback.values())
                .containsExactly(
                        Fallback.CLUSTERED_KEYWORD,
                        Fallback.DROP_INDEX_ON_TABLE,
                        Fallback.INDEX_INCLUDE,
                        Fallback.INDEX_FILTER);
    }

    @Test
    void statementsTheParserReadsNeedNoFallback() {
        assertThat(mssql.parse("CREATE TABLE s.t (id BIGINT IDENTITY(1, 1) NOT NULL PRIMARY KEY NONCLUSTERED, "
                                + "e NVARCHAR(MAX) COLLATE Latin1_General_100_BIN2 NULL)")
                        .fallbacks())
                .isEmpty();
        assertThat(new StatementParser(Dialect.POSTGRESQL)
                        .parse("CREATE INDEX ix ON s.t (name_key varchar_pattern_ops)")
                        .fallbacks())
                .isEmpty();
        assertThat(mssql.parse("CREATE INDEX ix ON s.t (a) WHERE b = 1").fallbacks())
                .isEmpty();
    }

    @Test
    void clusteredOrNonclusteredInATableConstraintOrBeforeIndex() {
        assertThat(mssql.parse("CREATE TABLE s.t (a INT, CONSTRAINT uk_t UNIQUE NONCLUSTERED (a))")
                        .fallbacks())
                .containsExactly(Fallback.CLUSTERED_KEYWORD);
        assertThat(mssql.parse("CREATE TABLE s.t (a INT, CONSTRAINT pk_t PRIMARY KEY CLUSTERED (a))")
                        .fallbacks())
                .containsExactly(Fallback.CLUSTERED_KEYWORD);
        assertThat(mssql.parse("CREATE UNIQUE NONCLUSTERED INDEX ix ON s.t (a)").fallbacks())
                .containsExactly(Fallback.CLUSTERED_KEYWORD);
    }

    @Test
    void dropIndexOnATable() {
        assertThat(mssql.parse("DROP INDEX ix_t_a ON s.t").fallbacks()).containsExactly(Fallback.DROP_INDEX_ON_TABLE);
    }

    @Test
    void includedColumnsAndAFilterOtherThanColumnEqualsLiteral() {
        var parsed = mssql.parse("CREATE NONCLUSTERED INDEX ix ON s.t (a, b) INCLUDE (c, [d]) WHERE c IS NOT NULL");

        assertThat(parsed.fallbacks())
                .containsExactly(Fallback.CLUSTERED_KEYWORD, Fallback.INDEX_INCLUDE, Fallback.INDEX_FILTER);
        assertThat(parsed.included()).containsExactly("c", "[d]");
        assertThat(parsed.filter()).hasToString("c IS NOT NULL");
        assertThat(mssql.parse("CREATE INDEX ix ON s.t (a) WHERE b > 0").fallbacks())
                .containsExactly(Fallback.INDEX_FILTER);
    }

    @Test
    void aFallbackDoesNotRescueWhatTheParserStillRejects() {
        assertThatThrownBy(() -> mssql.parse("CREATE INDEX ix ON s.t (a) WHERE b >>> 0"))
                .isInstanceOf(UnreadableMigrationException.class);
        assertThatThrownBy(() -> mssql.parse("CREATE NONCLUSTERED INDEX ix ON s.t (a) WITH (ONLINE = ON)"))
                .isInstanceOf(UnreadableMigrationException.class)
                .hasMessageContaining("even after [CLUSTERED_KEYWORD]");
    }
}
