package dev.oms.platform.sqlserver;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Says at start-up whether the service's database reads committed rows from their last version
 * ({@code READ_COMMITTED_SNAPSHOT}). Without it, SQL Server's readers take shared locks: list queries and the relay's
 * scans wait behind reservations and can deadlock with them. The service still starts (a DBA may switch it on
 * later, which needs the database to itself), but says so loudly.
 */
@Singleton
public class ReadCommittedSnapshotCheck {

    static final String QUERY = "SELECT is_read_committed_snapshot_on FROM sys.databases WHERE name = DB_NAME()";

    private final DataSource database;

    public ReadCommittedSnapshotCheck(DataSource database) {
        this.database = database;
    }

    void onStart(@Observes StartupEvent started) {
        var verdict = verdict();
        if (verdict.startsWith("on")) {
            Log.info("SQL Server: READ_COMMITTED_SNAPSHOT is " + verdict);
        } else {
            Log.warn("SQL Server: READ_COMMITTED_SNAPSHOT is " + verdict);
        }
    }

    String verdict() {
        try (var connection = database.getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery(QUERY)) {
            if (rows.next() && rows.getBoolean(1)) {
                return "on: readers do not wait for writers";
            }
            return "OFF in this database: readers wait for writers' locks and may deadlock with them; run ALTER"
                    + " DATABASE ... SET READ_COMMITTED_SNAPSHOT ON (docs/sqlserver.md)";
        } catch (SQLException e) {
            return "unknown (" + e.getMessage() + "); it should be on (docs/sqlserver.md)";
        }
    }
}
