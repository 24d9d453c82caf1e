package dev.oms.platform.sqlserver;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.reactive.mssql.client.MSSQLPoolCreator;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.mssqlclient.MSSQLConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Query;
import io.vertx.sqlclient.SqlConnection;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SessionLimitsTest {

    private final SessionLimits limits = new SessionLimits(Duration.ofSeconds(10));
    private final List<String> calls = new CopyOnWriteArrayList<>();

    @Test
    void theLockTimeoutIsTheSettingInMilliseconds() {
        assertThat(limits.statement()).isEqualTo("SET LOCK_TIMEOUT 10000");
        assertThat(new SessionLimits(Duration.ofMillis(1500)).statement()).isEqualTo("SET LOCK_TIMEOUT 1500");
    }

    @Test
    void eachNewConnectionSetsItBeforeItJoinsThePool() {
        limits.limit(connection(Future.succeededFuture()));

        assertThat(calls).containsExactly("SET LOCK_TIMEOUT 10000", "close");
    }

    @Test
    void aConnectionOnWhichItFailsStillJoinsThePool() {
        limits.limit(connection(Future.failedFuture("login in progress")));

        assertThat(calls).containsExactly("SET LOCK_TIMEOUT 10000", "close");
    }

    @Test
    void thePoolItCreatesConnectsOnlyWhenAskedForAConnection() throws Exception {
        var vertx = Vertx.vertx();
        try {
            var pool = limits.create(new MSSQLPoolCreator.Input() {
                @Override
                public Vertx vertx() {
                    return vertx;
                }

                @Override
                public PoolOptions poolOptions() {
                    return new PoolOptions().setMaxSize(2);
                }

                @Override
                public MSSQLConnectOptions msSQLConnectOptions() {
                    return new MSSQLConnectOptions().setHost("127.0.0.1").setPort(1);
                }
            });
            assertThat(pool.size()).isZero();
            pool.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    /** A connection that records the statements it runs and its close, and answers each with {@code outcome}. */
    private SqlConnection connection(Future<Object> outcome) {
        var query = Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {Query.class}, (self, m, args) -> switch (m.getName()) {
                    case "execute" -> outcome;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        return (SqlConnection) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {SqlConnection.class}, (self, m, args) -> {
                    switch (m.getName()) {
                        case "query" -> {
                            calls.add((String) args[0]);
                            return query;
                        }
                        case "close" -> {
                            calls.add("close");
                            return Future.succeededFuture();
                        }
                        default -> throw new UnsupportedOperationException(m.getName());
                    }
                });
    }
}
