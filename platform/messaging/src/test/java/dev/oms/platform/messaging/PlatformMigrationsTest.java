package dev.oms.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.migrations.MigrationReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The platform's SQL Server and PostgreSQL migrations create the same tables, columns and indexes. */
class PlatformMigrationsTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/platform");

    @Test
    void bothMigrationSetsDescribeTheSameTables() {
        var mssql = MigrationReader.read(MIGRATIONS.resolve("mssql"));
        var postgresql = MigrationReader.read(MIGRATIONS.resolve("postgresql"));

        assertThat(mssql.tables())
                .containsExactlyInAnyOrder(
                        "${flyway:defaultschema}.outbox_event",
                        "${flyway:defaultschema}.inbox_message",
                        "${flyway:defaultschema}.outbox_relay_lock");
        assertThat(mssql.differencesFrom(postgresql, "mssql", "postgresql")).isEmpty();
    }
}
