package dev.oms.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.platform.messaging.outbox.FixedOutboxSettings;
import dev.oms.platform.messaging.outbox.OutboxRelay;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.mssqlclient.MSSQLException;
import io.vertx.pgclient.PgException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.hibernate.HibernateException;
import org.junit.jupiter.api.Test;

class UnitOfWorkTest {

    private final AtomicInteger wakeUps = new AtomicInteger();
    private final AtomicInteger transactions = new AtomicInteger();

    @Test
    void aDeadlockVictimIsRunAgainInANewTransactionAndTheRelayWokenOnce() {
        var attempts = new AtomicInteger();

        var result = unitOfWork(false)
                .run(() -> attempts.incrementAndGet() == 1
                        ? Uni.createFrom().failure(new HibernateException(postgres("40P01", "deadlock detected")))
                        : Uni.createFrom().item("done"))
                .await()
                .atMost(Duration.ofSeconds(5));

        assertThat(result).isEqualTo("done");
        assertThat(transactions).hasValue(2);
        assertThat(wakeUps).hasValue(1);
    }

    @Test
    void aSnapshotConflictOnSqlServerIsRunAgainUpToTheAttempts() {
        var attempts = new AtomicInteger();

        assertThatThrownBy(() -> unitOfWork(false)
                        .run(() -> {
                            attempts.incrementAndGet();
                            return Uni.createFrom()
                                    .failure(new MSSQLException(
                                            3960,
                                            (byte) 2,
                                            (byte) 16,
                                            "Snapshot isolation " + "transaction aborted due to update conflict",
                                            "sql1",
                                            "",
                                            1));
                        })
                        .await()
                        .atMost(Duration.ofSeconds(5)))
                .hasMessageContaining("update conflict");
        assertThat(attempts).hasValue(UnitOfWork.ATTEMPTS);
        assertThat(wakeUps).hasValue(0);
    }

    @Test
    void anyOtherFailureAndAJoinedTransactionAreNotRunAgain() {
        var attempts = new AtomicInteger();
        Supplier<Uni<String>> failing = () -> {
            attempts.incrementAndGet();
            return Uni.createFrom().failure(new IllegalStateException("a broken rule"));
        };
        assertThatThrownBy(() -> unitOfWork(false).run(failing).await().atMost(Duration.ofSeconds(5)))
                .hasMessage("a broken rule");
        assertThat(attempts).hasValue(1);

        Supplier<Uni<String>> deadlocked = () -> {
            attempts.incrementAndGet();
            return Uni.createFrom().failure(postgres("40P01", "deadlock detected"));
        };
        assertThatThrownBy(() -> unitOfWork(true).run(deadlocked).await().atMost(Duration.ofSeconds(5)))
                .hasMessageContaining("deadlock");
        assertThat(attempts).as("the caller owns a joined transaction").hasValue(2);
    }

    private UnitOfWork unitOfWork(boolean callerHasATransaction) {
        return new UnitOfWork(new CountingRelay(wakeUps)) {
            @Override
            Uni<Boolean> openTransaction() {
                return Uni.createFrom().item(callerHasATransaction);
            }

            @Override
            <T> Uni<T> inTransaction(Supplier<Uni<T>> work) {
                transactions.incrementAndGet();
                return Uni.createFrom().deferred(work::get);
            }
        };
    }

    private static PgException postgres(String state, String message) {
        return new PgException(message, "ERROR", state, null);
    }

    /** A relay that only counts how often it is woken. */
    private static final class CountingRelay extends OutboxRelay {
        private final AtomicInteger wakeUps;

        CountingRelay(AtomicInteger wakeUps) {
            super(
                    null,
                    null,
                    Clock.systemUTC(),
                    null,
                    new SimpleMeterRegistry(),
                    new FixedOutboxSettings(
                            Duration.ofSeconds(1),
                            1,
                            Duration.ofSeconds(1),
                            Duration.ofSeconds(1),
                            Duration.ofSeconds(1),
                            Duration.ofDays(1)));
            this.wakeUps = wakeUps;
        }

        @Override
        public void requestRun() {
            wakeUps.incrementAndGet();
        }
    }
}
