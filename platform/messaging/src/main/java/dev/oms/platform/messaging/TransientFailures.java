package dev.oms.platform.messaging;

import io.vertx.sqlclient.ClosedConnectionException;
import io.vertx.sqlclient.DatabaseException;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;

/**
 * Tells a failure that goes away by itself (the database or the broker unreachable, restarting, failing over; a
 * deadlock or serialization victim; a timeout) from one that comes back every time (a malformed message, a broken
 * rule). A transient failure is waited out; only a permanent one counts towards dead-lettering (ADR 12). Both
 * dialects' codes are here side by side; whatever wraps the failure, its causes are searched.
 */
public final class TransientFailures {

    /**
     * PostgreSQL: connection exceptions (class 08), serialization failure, deadlock, lock not available (a lock
     * timeout), a statement cancelled (a statement timeout), a session closed idle in its transaction, too many
     * connections, and the server shutting down, crashing or starting up.
     */
    static final Set<String> POSTGRESQL_STATES =
            Set.of("40001", "40P01", "55P03", "57014", "25P03", "53300", "57P01", "57P02", "57P03");

    /**
     * SQL Server: deadlock victim (1205), lock request timeout (1222), snapshot update conflict (3960), database not available yet or failing over
     * (4060, 4221, 40197, 40501, 40613, 49918-49920, 10928, 10929), transport errors (64, 233, 10053, 10054, 10060).
     */
    static final Set<Integer> SQL_SERVER_NUMBERS = Set.of(
            1205, 1222, 3960, 4060, 4221, 40197, 40501, 40613, 49918, 49919, 49920, 10928, 10929, 64, 233, 10053, 10054,
            10060);

    private static final Set<String> CONFLICT_STATES = Set.of("40001", "40P01");
    private static final Set<Integer> CONFLICT_NUMBERS = Set.of(1205, 3960);

    private TransientFailures() {}

    public static boolean isTransient(Throwable failure) {
        for (var t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException // refused, reset, closed: java.net.ConnectException, SocketException, ...
                    || t instanceof TimeoutException
                    || t instanceof ClosedConnectionException
                    || t instanceof JDBCConnectionException
                    || t instanceof LockAcquisitionException
                    || isTransientDatabaseError(t)
                    || isTimeout(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The database ended the transaction to break a deadlock, or refused it for a serialization or snapshot update
     * conflict (PostgreSQL 40P01, 40001; SQL Server 1205, 3960): it did nothing, and running it again may succeed.
     */
    public static boolean isConflictVictim(Throwable failure) {
        for (var t = failure; t != null; t = t.getCause()) {
            if (t instanceof DatabaseException database
                    && (database.getSqlState() != null && CONFLICT_STATES.contains(database.getSqlState())
                            || CONFLICT_NUMBERS.contains(database.getErrorCode()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransientDatabaseError(Throwable t) {
        if (!(t instanceof DatabaseException database)) {
            return false;
        }
        var state = database.getSqlState();
        return state != null && (state.startsWith("08") || POSTGRESQL_STATES.contains(state))
                || SQL_SERVER_NUMBERS.contains(database.getErrorCode());
    }

    /** Vert.x reports a pool or connect timeout as a stackless exception of its own, not a TimeoutException. */
    private static boolean isTimeout(Throwable t) {
        return t.getClass().getName().startsWith("io.vertx.core.impl.NoStackTrace")
                && t.getMessage() != null
                && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("timeout");
    }
}
