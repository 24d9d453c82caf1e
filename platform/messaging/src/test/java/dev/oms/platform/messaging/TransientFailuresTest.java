package dev.oms.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.mssqlclient.MSSQLException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import jakarta.persistence.OptimisticLockException;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import org.hibernate.HibernateException;
import org.junit.jupiter.api.Test;

class TransientFailuresTest {

    @Test
    void anUnreachableOrRestartingDatabaseIsTransientWhateverWrapsIt() {
        assertThat(TransientFailures.isTransient(
                        new CompletionException(new HibernateException(new ConnectException("Connection refused")))))
                .isTrue();
        assertThat(TransientFailures.isTransient(ClosedConnectionException.INSTANCE))
                .isTrue();
        assertThat(TransientFailures.isTransient(postgres("57P03", "the database system is starting up")))
                .isTrue();
        assertThat(TransientFailures.isTransient(
                        postgres("57P01", "terminating connection due to administrator command")))
                .isTrue();
        assertThat(TransientFailures.isTransient(postgres("08006", "connection failure")))
                .isTrue();
    }

    @Test
    void deadlockAndSerializationVictimsAreTransientInBothDialects() {
        assertThat(TransientFailures.isTransient(postgres("40P01", "deadlock detected")))
                .isTrue();
        assertThat(TransientFailures.isTransient(postgres("40001", "could not serialize access")))
                .isTrue();
        assertThat(TransientFailures.isTransient(sqlServer(1205, "chosen as the deadlock victim")))
                .isTrue();
        assertThat(TransientFailures.isTransient(sqlServer(40613, "Database is not currently available")))
                .isTrue();
    }

    @Test
    void theServersOwnLimitsOnAStatementALockWaitOrAnIdleTransactionAreTransient() {
        assertThat(TransientFailures.isTransient(postgres("57014", "canceling statement due to statement timeout")))
                .isTrue();
        assertThat(TransientFailures.isTransient(postgres("55P03", "canceling statement due to lock timeout")))
                .isTrue();
        assertThat(TransientFailures.isTransient(
                        postgres("25P03", "terminating connection due to idle-in-transaction timeout")))
                .isTrue();
        assertThat(TransientFailures.isTransient(sqlServer(1222, "Lock request time out period exceeded")))
                .isTrue();
    }

    @Test
    void brokenRulesAndConstraintsAreNot() {
        assertThat(TransientFailures.isTransient(new IllegalArgumentException("no price for product")))
                .isFalse();
        assertThat(TransientFailures.isTransient(postgres("23505", "duplicate key value violates unique constraint")))
                .isFalse();
        assertThat(TransientFailures.isTransient(sqlServer(2627, "Violation of PRIMARY KEY constraint")))
                .isFalse();
        assertThat(TransientFailures.isTransient(new OptimisticLockException("row was updated")))
                .isFalse();
        assertThat(TransientFailures.isTransient(null)).isFalse();
    }

    private static PgException postgres(String state, String message) {
        return new PgException(message, "ERROR", state, null);
    }

    private static MSSQLException sqlServer(int number, String message) {
        return new MSSQLException(number, (byte) 1, (byte) 16, message, "sql1", "proc", 1);
    }
}
