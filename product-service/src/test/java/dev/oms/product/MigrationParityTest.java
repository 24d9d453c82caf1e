package dev.oms.product;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.migrations.DialectParity;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The SQL Server and PostgreSQL migrations must describe the same tables, columns and indexes. (The platform's
 * tables come from platform-messaging, whose own test holds its two sets to the same rule.)
 */
class MigrationParityTest {

    @Test
    void bothMigrationSetsDescribeTheSameSchema() {
        assertThat(DialectParity.differences(Path.of("src/main/resources/db/migration")))
                .isEmpty();
    }
}
