package dev.oms.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One service's database. Defaults: the local PostgreSQL database oms_{service}_system; override with
 * -Dsystem.{service}.db.reactive-url, .jdbc-url, .username, .password (for example to point a SQL Server build at
 * SQL Server). The tests only ever read it.
 */
record Database(String service, String reactiveUrl, String jdbcUrl, String username, String password) {

    private static final Pattern ENCRYPTS = Pattern.compile("(?i);encrypt=(true|mandatory|strict)(;|$)");
    private static final Pattern TRUSTS_ANY_CERTIFICATE = Pattern.compile("(?i);trustServerCertificate=true(;|$)");

    static Database of(String service) {
        var prefix = "system." + service + ".db.";
        var name = "oms_" + service + "_system";
        var host = System.getProperty("system.db.host", "127.0.0.1");
        return new Database(
                service,
                System.getProperty(prefix + "reactive-url", "postgresql://" + host + ":5432/" + name),
                System.getProperty(prefix + "jdbc-url", "jdbc:postgresql://" + host + ":5432/" + name),
                System.getProperty(prefix + "username", "postgres"),
                System.getProperty(prefix + "password", "postgres"));
    }

    /**
     * The reactive connection encrypts when Flyway's JDBC URL does, and trusts what it trusts, as the chart and the
     * compose file derive it: a SQL Server that requires encryption would otherwise take the migrations and refuse
     * every query.
     */
    Map<String, String> reactiveEncryption() {
        if (!jdbcUrl.startsWith("jdbc:sqlserver:") || !ENCRYPTS.matcher(jdbcUrl).find()) {
            return Map.of();
        }
        return TRUSTS_ANY_CERTIFICATE.matcher(jdbcUrl).find()
                ? Map.of(
                        "quarkus.datasource.reactive.mssql.ssl",
                        "true",
                        "quarkus.datasource.reactive.trust-all",
                        "true")
                : Map.of("quarkus.datasource.reactive.mssql.ssl", "true");
    }

    /** A read-only connection: an invariant check must never change what it checks. */
    Connection connect() throws SQLException {
        var connection = DriverManager.getConnection(jdbcUrl, username, password);
        connection.setReadOnly(true);
        return connection;
    }
}
