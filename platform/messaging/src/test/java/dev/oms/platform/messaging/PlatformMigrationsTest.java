package dev.oms.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.migrations.AcceptedDifferences;
import dev.oms.migrations.Dialect;
import dev.oms.migrations.DialectParity;
import dev.oms.migrations.Fallback;
import dev.oms.migrations.MigrationReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The platform's migrations create its three tables, the same in the SQL Server and the PostgreSQL set. */
class PlatformMigrationsTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/platform");
    private static final String OUTBOX = MigrationReader.DEFAULT_SCHEMA + ".outbox_event.";

    /** String columns that compare case-insensitively on SQL Server only, and why that is harmless. */
    private static final AcceptedDifferences ACCEPTED = AcceptedDifferences.none()
            .comparison(OUTBOX + "event_type", "event type names written by the code; read back, never filtered on")
            .comparison(OUTBOX + "aggregate_id", "an id written by the code; never filtered on by the database")
            .comparison(OUTBOX + "envelope", "the event's JSON; never compared")
            .comparison(OUTBOX + "trace_parent", "a W3C traceparent written by the code; never compared")
            .nonUnicode(OUTBOX + "trace_parent", "ASCII by the W3C format; neither indexed nor filtered on")
            .comparison(OUTBOX + "trace_context", "propagation headers as JSON, written by the code; never compared");

    @Test
    void bothMigrationSetsCreateTheSameThreeTables() {
        assertThat(DialectParity.differences(MIGRATIONS, ACCEPTED)).isEmpty();
        assertThat(MigrationReader.read(MIGRATIONS.resolve("postgresql"), Dialect.POSTGRESQL)
                        .tables())
                .containsExactlyInAnyOrder(
                        MigrationReader.DEFAULT_SCHEMA + ".outbox_event",
                        MigrationReader.DEFAULT_SCHEMA + ".inbox_message",
                        MigrationReader.DEFAULT_SCHEMA + ".outbox_relay_lock");
    }

    @Test
    void onlyTheFilteredIndexesNeedAFallbackToBeParsed() {
        for (var dialect : Dialect.values()) {
            assertThat(MigrationReader.fallbacks(MIGRATIONS.resolve(dialect.folder()), dialect))
                    .containsExactly(Fallback.INDEX_FILTER);
        }
    }
}
