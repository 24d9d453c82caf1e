package dev.oms.platform.sqlserver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.sqlserver.TSql;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The T-SQL this module sends as it is, past Hibernate: read by a T-SQL parser and held to what SQL Server takes. */
class NativeStatementsOnSqlServerTest {

    @Test
    void theLockTimeoutEveryPooledConnectionSetsIsTSql() {
        assertThat(TSql.refusalsOfNative(new SessionLimits(Duration.ofSeconds(10)).statement()))
                .isEmpty();
    }

    @Test
    void theReadCommittedSnapshotQueryIsTSql() {
        assertThat(TSql.refusalsOfNative(ReadCommittedSnapshotCheck.QUERY)).isEmpty();
    }
}
