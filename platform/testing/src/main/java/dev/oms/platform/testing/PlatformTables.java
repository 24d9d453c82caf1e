package dev.oms.platform.testing;

import dev.oms.migrations.MigrationReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * The platform's tables as platform/messaging states them, once per dialect, with the schema as Flyway's
 * {@code ${schema}} placeholder. Each service creates them through its own migrations (ADR 11); its
 * MigrationParityTest compares its statements on these tables with these.
 */
public final class PlatformTables {

    public static final Set<String> NAMES = Set.of("outbox_event", "inbox_message", "outbox_relay_lock");

    private PlatformTables() {}

    /** The statements of the canonical script of a dialect ({@code postgresql} or {@code mssql}), in order. */
    public static List<String> statements(String dialect) {
        var path = "/dev/oms/platform/messaging/tables/" + dialect + "/V1__platform_tables.sql";
        try (var script = PlatformTables.class.getResourceAsStream(path)) {
            if (script == null) {
                throw new IllegalStateException(path + " is not on the classpath (platform-messaging)");
            }
            return MigrationReader.statementsOf(new String(script.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
