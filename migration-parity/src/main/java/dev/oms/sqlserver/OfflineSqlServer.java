package dev.oms.sqlserver;

import io.quarkus.panache.hibernate.common.runtime.PanacheJpaUtil;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.query.SelectionQuery;
import org.hibernate.sql.results.spi.NoRowException;

/**
 * Hibernate ORM with {@code SQLServerDialect} and no server: it maps the given entities as a service does (Quarkus's default naming: the
 * names the mappings give) and
 * writes, for each query, lock or delete it is given, the T-SQL it would send. The dialect's version is the one Quarkus
 * gives Hibernate when {@code quarkus.datasource.db-version} is not set (SQL Server 2016, 13).
 *
 * <p>Hibernate Reactive writes its SQL through the same dialect and SQL AST translator; it then only renames the
 * parameters ({@code ?} to {@code @P1}), so what this renders is what the services send, up to parameter names.
 */
public final class OfflineSqlServer implements AutoCloseable {

    /** The SQL Server version Quarkus assumes for Hibernate (its DialectVersions default for mssql). */
    public static final String VERSION = "13";

    private final StatementRecorder recorder = new StatementRecorder();
    private final SessionFactory sessions;

    private OfflineSqlServer(String defaultSchema, List<Class<?>> entities) {
        var registry = new StandardServiceRegistryBuilder()
                .applySettings(Map.of(
                        "hibernate.boot.allow_jdbc_metadata_access",
                        false,
                        "jakarta.persistence.database-product-name",
                        "Microsoft SQL Server",
                        "jakarta.persistence.database-major-version",
                        VERSION,
                        AvailableSettings.DIALECT,
                        "org.hibernate.dialect.SQLServerDialect",
                        AvailableSettings.DEFAULT_SCHEMA,
                        defaultSchema,
                        AvailableSettings.CONNECTION_PROVIDER,
                        new Connections(recorder),
                        AvailableSettings.GENERATE_STATISTICS,
                        true))
                .build();
        var sources = new MetadataSources(registry);
        entities.forEach(sources::addAnnotatedClass);
        this.sessions = sources.buildMetadata().buildSessionFactory();
    }

    /** The entities of one service (or of the platform), in that schema, as Quarkus maps them. */
    public static OfflineSqlServer of(String defaultSchema, Class<?>... entities) {
        return new OfflineSqlServer(defaultSchema, List.of(entities));
    }

    /** The statements {@code work} makes Hibernate prepare, in a transaction that is then committed. */
    public List<String> statements(Consumer<Session> work) {
        recorder.drain();
        try (var session = sessions.openSession()) {
            var transaction = session.beginTransaction();
            work.accept(session);
            session.flush();
            transaction.commit();
        }
        return recorder.drain();
    }

    /** The one statement {@code work} makes Hibernate prepare. */
    public String statement(Consumer<Session> work) {
        var written = statements(work);
        if (written.size() != 1) {
            throw new IllegalStateException("expected one statement, Hibernate wrote " + written);
        }
        return written.get(0);
    }

    /**
     * How often Hibernate found a query's interpretation in its caches so far: the HQL parsed to SQM, and, where the
     * query's parameters allow, its SQL plan (each counts one).
     */
    public long queryPlanCacheHits() {
        return sessions.getStatistics().getQueryPlanCacheHitCount();
    }

    /** Panache's {@code find(query, params)} on {@code entity}: the HQL it hands Hibernate, as a query to run. */
    public static <T> SelectionQuery<T> find(Session session, Class<T> entity, String query, Object... parameters) {
        var hql = PanacheJpaUtil.createFindQuery(entity, query, parameters.length);
        return bind(session.createSelectionQuery(hql, entity), parameters);
    }

    /** Panache's {@code find(query, Map params)} on {@code entity}: the HQL it hands Hibernate, as a query to run. */
    public static <T> SelectionQuery<T> find(
            Session session, Class<T> entity, String query, Map<String, Object> parameters) {
        var selection =
                session.createSelectionQuery(PanacheJpaUtil.createFindQuery(entity, query, parameters.size()), entity);
        parameters.forEach(selection::setParameter);
        return selection;
    }

    /** Panache's {@code count(query, params)} on {@code entity}, which asks Hibernate for the result count. */
    public static long count(Session session, Class<?> entity, String query, Object... parameters) {
        var hql = PanacheJpaUtil.createQueryForCount(entity, query, parameters.length);
        try {
            return bind(session.createSelectionQuery(hql, Object.class), parameters)
                    .getResultCount();
        } catch (NoRowException written) {
            return 0; // the recording connection answers no row, not even the count's
        }
    }

    private static <T> SelectionQuery<T> bind(SelectionQuery<T> query, Object... parameters) {
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }

    @Override
    public void close() {
        sessions.close();
    }

    /** Hands Hibernate the recording connection. */
    private record Connections(StatementRecorder recorder) implements ConnectionProvider {

        @Override
        public Connection getConnection() {
            return recorder.connection();
        }

        @Override
        public void closeConnection(Connection connection) {}

        @Override
        public boolean supportsAggressiveRelease() {
            return false;
        }

        @Override
        public boolean isUnwrappableAs(Class<?> type) {
            return false;
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException();
        }
    }
}
