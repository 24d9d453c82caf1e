package dev.oms.order.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

/**
 * The schema is the platform's migrations (0.n, from platform-messaging) and then the service's own, and a later
 * platform migration will still be applied to a database already past the service's latest version.
 */
@QuarkusTest
class SchemaMigrationsTest {

    @Inject
    Flyway flyway;

    @Test
    void thePlatformTablesComeFromThePlatformsMigrationsFirst() {
        var applied = Arrays.stream(flyway.info().applied())
                .filter(m -> m.getVersion() != null)
                .map(MigrationInfo::getScript)
                .toList();

        var platform = applied.stream()
                .takeWhile(script -> script.startsWith("db/platform/"))
                .toList();
        assertThat(platform).isNotEmpty();
        assertThat(platform.get(0)).contains("/V0_1__");
        assertThat(applied.subList(platform.size(), applied.size()))
                .allMatch(script -> script.startsWith("db/migration/"));
    }

    @Test
    void migrationsAreAppliedOutOfOrderSoThatTheVersionsOfThePlatformStayApart() {
        assertThat(flyway.getConfiguration().isOutOfOrder()).isTrue();
    }
}
