package dev.oms.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.migrations.MigrationReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The SQL Server and PostgreSQL migrations must describe the same tables, columns and indexes. (The platform's
 * tables come from platform-messaging, whose own test holds its two sets to the same rule.)
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
}
