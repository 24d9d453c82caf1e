package dev.oms.migrations;

import java.util.Locale;

/**
 * How a string column compares: exactly (PostgreSQL's default or {@code "C"}, SQL Server's {@code *_BIN2}/
 * {@code *_BIN}), case-insensitively by SQL Server's database default (a column without COLLATE takes it, and
 * {@code deploy/sqlserver/init.sql} leaves the server's {@code SQL_Latin1_General_CP1_CI_AS}), or by another named
 * collation. Two columns compare alike when their collations are equal.
 *
 * @param comparison the comparison in words, e.g. {@code exact}
 */
public record Collation(String comparison) {

    public static final Collation EXACT = new Collation("exact");
    public static final Collation SQL_SERVER_DEFAULT =
            new Collation("SQL Server database default (case-insensitive, SQL_Latin1_General_CP1_CI_AS)");

    /** The collation a string column of {@code dialect} gets from its COLLATE clause ({@code null}: none). */
    static Collation of(Dialect dialect, String collate) {
        if (collate == null) {
            // PostgreSQL's default collations are deterministic: equal means the same characters.
            return dialect == Dialect.MSSQL ? SQL_SERVER_DEFAULT : EXACT;
        }
        var name = collate.replaceAll("[\"\\[\\]]", "");
        var upper = name.toUpperCase(Locale.ROOT);
        if (dialect == Dialect.MSSQL
                ? upper.endsWith("_BIN2") || upper.endsWith("_BIN")
                : upper.equals("C") || upper.equals("POSIX")) {
            return EXACT;
        }
        return new Collation("collation " + name);
    }

    @Override
    public String toString() {
        return comparison;
    }
}
