package dev.oms.product.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.platform.testing.PostgreSQLOnly;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database in production is at the service's latest migration when the platform brings a new one numbered below it
 * (0.2, ADR 11). Migrated with this service's own Flyway settings, such a database takes the platform's migration
 * (out of order), and the outbox rows written before it, with only their traceparent, are still there to publish. The
 * database is a scratch one, created for the test and dropped after it.
 */
@QuarkusTest
@PostgreSQLOnly // creates and drops a database
class PlatformMigrationUpgradeTest {

    /** The platform's migrations as released before the trace context was kept. */
    private static final List<String> RELEASED_PLATFORM = List.of("V0_1__outbox_inbox_and_relay_lock.sql");

    private final Config config = ConfigProvider.getConfig();
    private final String scratch = "oms_upgrade_" + HexFormat.of().formatHex(randomBytes());
    private String scratchUrl;

    @BeforeEach
    void createScratchDatabase() throws SQLException {
        var url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        var server = url.substring(0, url.lastIndexOf('/') + 1);
        scratchUrl = server + scratch;
        try (var admin = connect(server + "postgres")) {
            admin.createStatement().execute("CREATE DATABASE " + scratch);
        }
    }

    @AfterEach
    void dropScratchDatabase() throws SQLException {
        var server = scratchUrl.substring(0, scratchUrl.lastIndexOf('/') + 1);
        try (var admin = connect(server + "postgres")) {
            admin.createStatement().execute("DROP DATABASE IF EXISTS " + scratch + " WITH (FORCE)");
        }
    }

    @Test
    void aDatabaseAtTodaysSchemaTakesThePlatformsNewMigrationAndKeepsItsPendingEvents(@TempDir Path released)
            throws Exception {
        copyReleasedPlatformMigrations(released);
        var today = flyway(serviceLocationsWithPlatformFrom("filesystem:" + released), false)
                .migrate();
        assertThat(today.migrationsExecuted).isGreaterThan(RELEASED_PLATFORM.size());
        var eventId = UUID.randomUUID();
        var traceParent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        try (var connection = connect(scratchUrl);
                var insert = connection.prepareStatement("""
                        INSERT INTO catalog.outbox_event (event_id, event_type, aggregate_id, envelope, occurred_at,
                          trace_parent) VALUES (?, 'ProductCreated', 'p-1', '{}', now(), ?)""")) {
            insert.setObject(1, eventId);
            insert.setString(2, traceParent);
            insert.executeUpdate();
        }

        assertThatThrownBy(() -> flyway(configuredLocations(), false).migrate())
                .as("in order, Flyway refuses a migration below the database's version")
                .isInstanceOf(FlywayException.class)
                .hasMessageContaining("0.2");
        var upgrade = flyway(configuredLocations(), configuredOutOfOrder()).migrate();

        assertThat(upgrade.success).isTrue();
        assertThat(upgrade.migrations)
                .extracting(migration -> migration.version)
                .containsExactly("0.2");
        try (var connection = connect(scratchUrl);
                var rows = connection
                        .createStatement()
                        .executeQuery("SELECT event_id, trace_parent, trace_context, published_at"
                                + " FROM catalog.outbox_event")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getObject("event_id")).isEqualTo(eventId);
            assertThat(rows.getString("trace_parent")).isEqualTo(traceParent);
            assertThat(rows.getString("trace_context")).isNull();
            assertThat(rows.getObject("published_at")).isNull();
            assertThat(rows.next()).isFalse();
        }
    }

    private Flyway flyway(String[] locations, boolean outOfOrder) {
        return Flyway.configure()
                .dataSource(scratchUrl, user(), password())
                .locations(locations)
                .schemas(config.getValue("quarkus.flyway.schemas", String.class))
                .defaultSchema(config.getValue("quarkus.flyway.default-schema", String.class))
                .createSchemas(true)
                .outOfOrder(outOfOrder)
                .load();
    }

    private String[] configuredLocations() {
        return config.getValue("quarkus.flyway.locations", String[].class);
    }

    private boolean configuredOutOfOrder() {
        return config.getOptionalValue("quarkus.flyway.out-of-order", Boolean.class)
                .orElse(false);
    }

    /** The service's own locations, and the platform's from elsewhere. */
    private String[] serviceLocationsWithPlatformFrom(String platform) {
        var locations = configuredLocations();
        for (int i = 0; i < locations.length; i++) {
            if (locations[i].startsWith("db/platform/")) {
                locations[i] = platform;
            }
        }
        return locations;
    }

    private static void copyReleasedPlatformMigrations(Path folder) throws IOException {
        for (var name : RELEASED_PLATFORM) {
            try (InputStream migration = Thread.currentThread()
                    .getContextClassLoader()
                    .getResourceAsStream("db/platform/postgresql/" + name)) {
                assertThat(migration).as(name).isNotNull();
                Files.copy(migration, folder.resolve(name));
            }
        }
    }

    private Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, user(), password());
    }

    private String user() {
        return config.getValue("quarkus.datasource.username", String.class);
    }

    private String password() {
        return config.getValue("quarkus.datasource.password", String.class);
    }

    private static byte[] randomBytes() {
        var bytes = new byte[6];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
