package dev.oms.platform.sqlserver;

import io.quarkus.logging.Log;
import io.quarkus.reactive.mssql.client.MSSQLPoolCreator;
import io.vertx.mssqlclient.MSSQLPool;
import io.vertx.sqlclient.SqlConnection;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bounds how long a statement of the SQL Server build waits for a lock, as {@code lock_timeout} does on PostgreSQL:
 * each connection of the reactive pool runs {@code SET LOCK_TIMEOUT} before the pool hands it out (SQL Server has no
 * start-up parameter for it). The wait ends in error 1222, which the platform counts as transient. The value is the
 * one setting both builds read, {@code quarkus.datasource.reactive.additional-properties.lock_timeout}.
 */
@Singleton
public class SessionLimits implements MSSQLPoolCreator {

    private final String statement;

    public SessionLimits(
            @ConfigProperty(
                            name = "quarkus.datasource.reactive.additional-properties.lock_timeout",
                            defaultValue = "10s")
                    Duration lockTimeout) {
        this.statement = "SET LOCK_TIMEOUT " + lockTimeout.toMillis();
    }

    // Quarkus casts what a creator returns to MSSQLPool, a type Vert.x 4.5 deprecates in favour of Pool.
    @SuppressWarnings("deprecation")
    @Override
    public MSSQLPool create(Input input) {
        Log.infof("Each connection of the reactive pool runs %s when it opens", statement);
        return MSSQLPool.pool(input.vertx(), input.msSQLConnectOptions(), input.poolOptions())
                .connectHandler(this::limit);
    }

    String statement() {
        return statement;
    }

    /** Runs before the connection joins the pool; closing it hands it to the pool, whatever the outcome. */
    void limit(SqlConnection connection) {
        connection.query(statement).execute().onComplete(done -> {
            if (done.failed()) {
                Log.warnf("Could not set the session's lock timeout (%s): %s", statement, done.cause());
            }
            connection.close();
        });
    }
}
