package dev.oms.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * One service's database. Defaults: the local PostgreSQL database oms_{service}_system; override with
 * -Dsystem.{service}.db.reactive-url, .jdbc-url, .username, .password (for example to point a SQL Server build at
 * SQL Server). The tests only ever read it.
 */
record Database(String service, String reactiveUrl, String jdbcUrl, String username, String password) {

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

    /** A read-only connection: an invariant check must never change what it checks. */
    Connection connect() throws SQLException {
        var connection = DriverManager.getConnection(jdbcUrl, username, password);
        connection.setReadOnly(true);
        return connection;
    }
}
