package dev.oms.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.migrations.MigrationReader;
import dev.oms.platform.testing.PlatformTables;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SQL Server and PostgreSQL migrations must describe the same tables, columns and indexes, and the platform's tables
 * as the platform states them.
 */
class MigrationParityTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    @Test
    void bothMigrationSetsDescribeTheSameSchema() {
        var mssql = MigrationReader.read(MIGRATIONS.resolve("mssql"));
        var postgresql = MigrationReader.read(MIGRATIONS.resolve("postgresql"));

        assertThat(mssql.tables()).isNotEmpty();
        assertThat(mssql.differencesFrom(postgresql, "mssql", "postgresql")).isEmpty();
    }

    /** The outbox, inbox and relay lock are created exactly as the platform states them, statement for statement. */
    @ParameterizedTest
    @ValueSource(strings = {"mssql", "postgresql"})
    void thePlatformTablesAreCreatedAsThePlatformStatesThem(String dialect) {
        var ours = MigrationReader.statementsOn(MIGRATIONS.resolve(dialect), "ordering", PlatformTables.NAMES);

        assertThat(ours).containsExactlyElementsOf(PlatformTables.statements(dialect));
    }
}
