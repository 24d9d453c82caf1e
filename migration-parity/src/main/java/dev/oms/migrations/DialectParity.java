package dev.oms.migrations;

import java.nio.file.Path;
import java.util.List;

/** Whether the SQL Server and PostgreSQL migration sets under one folder describe the same schema. */
public final class DialectParity {

    private DialectParity() {}

    /**
     * Every way in which {@code root/postgresql} differs from {@code root/mssql}, one readable line each; empty when
     * they describe the same tables, columns and indexes. A set that creates no table at all is a difference too (a
     * wrong folder would otherwise pass).
     */
    public static List<String> differences(Path root) {
        var mssql = MigrationReader.read(root.resolve("mssql"));
        var postgresql = MigrationReader.read(root.resolve("postgresql"));
        if (mssql.tables().isEmpty()) {
            return List.of("no table is created under " + root.resolve("mssql"));
        }
        return mssql.differencesFrom(postgresql, "mssql", "postgresql");
    }
}
