package dev.oms.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.migrations.DialectParity;
import dev.oms.migrations.MigrationReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The platform's migrations create its three tables, the same in the SQL Server and the PostgreSQL set. */
class PlatformMigrationsTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/platform");

    @Test
    void bothMigrationSetsCreateTheSameThreeTables() {
        assertThat(DialectParity.differences(MIGRATIONS)).isEmpty();
        assertThat(MigrationReader.read(MIGRATIONS.resolve("postgresql")).tables())
                .containsExactlyInAnyOrder(
                        "${flyway:defaultschema}.outbox_event",
                        "${flyway:defaultschema}.inbox_message",
                        "${flyway:defaultschema}.outbox_relay_lock");
    }
}
