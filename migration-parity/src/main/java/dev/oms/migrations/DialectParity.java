package dev.oms.migrations;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Whether the SQL Server and PostgreSQL migration sets under one folder describe the same schema. */
public final class DialectParity {

    private DialectParity() {}

    /**
     * Every way in which {@code root/mssql} and {@code root/postgresql} differ that {@code accepted} does not accept,
     * one readable line each, and every accepted difference that no longer occurs; empty when they match. A set that
     * creates no table at all is a difference too (a wrong folder would otherwise pass).
     */
    public static List<String> differences(Path root, AcceptedDifferences accepted) {
        var mssql = MigrationReader.read(root.resolve(Dialect.MSSQL.folder()), Dialect.MSSQL);
        var postgresql = MigrationReader.read(root.resolve(Dialect.POSTGRESQL.folder()), Dialect.POSTGRESQL);
        if (mssql.tables().isEmpty()) {
            return List.of("no table is created under " + root.resolve(Dialect.MSSQL.folder()));
        }
        var found = ShapeComparison.between(mssql, postgresql);
        var out = new ArrayList<String>();
        found.stream()
                .filter(d -> !accepted.accepts(d))
                .map(Difference::description)
                .forEach(out::add);
        out.addAll(accepted.noLongerFound(found));
        return out;
    }
}
