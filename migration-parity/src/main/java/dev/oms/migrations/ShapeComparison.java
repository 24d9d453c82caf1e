package dev.oms.migrations;

import dev.oms.migrations.Difference.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/** Compares the shape the SQL Server set builds with the one the PostgreSQL set builds, one {@link Difference} each. */
final class ShapeComparison {

    private final SchemaShape mssql;
    private final SchemaShape postgresql;
    private final List<Difference> out = new ArrayList<>();

    private ShapeComparison(SchemaShape mssql, SchemaShape postgresql) {
        this.mssql = mssql;
        this.postgresql = postgresql;
    }

    static List<Difference> between(SchemaShape mssql, SchemaShape postgresql) {
        var comparison = new ShapeComparison(mssql, postgresql);
        comparison.tables();
        comparison.keyed(Kind.PRIMARY_KEY, "primary key of", SchemaShape::primaryKeys);
        comparison.keyed(Kind.CHECK, "check", SchemaShape::checks);
        comparison.keyed(Kind.FOREIGN_KEY, "foreign key", SchemaShape::foreignKeys);
        comparison.keyed(Kind.INDEX, "index", SchemaShape::indexes);
        return List.copyOf(comparison.out);
    }

    private void tables() {
        var all = new TreeSet<>(mssql.tables());
        all.addAll(postgresql.tables());
        for (var table : all) {
            if (!postgresql.tables().contains(table) || !mssql.tables().contains(table)) {
                var where = mssql.tables().contains(table) ? "mssql" : "postgresql";
                out.add(new Difference(Kind.TABLE, table, "table " + table + " only in " + where));
                continue;
            }
            var names = new TreeSet<>(mssql.columns(table).keySet());
            names.addAll(postgresql.columns(table).keySet());
            for (var name : names) {
                column(
                        table + "." + name,
                        mssql.columns(table).get(name),
                        postgresql.columns(table).get(name));
            }
        }
    }

    private void column(String subject, SchemaShape.Column onMssql, SchemaShape.Column onPostgresql) {
        if (onMssql == null || onPostgresql == null) {
            out.add(new Difference(
                    Kind.COLUMN,
                    subject,
                    "column " + subject + " only in " + (onMssql == null ? "postgresql" : "mssql")));
            return;
        }
        compare(
                Kind.TYPE,
                "type of",
                subject,
                onMssql.type().logical(),
                onPostgresql.type().logical());
        compare(Kind.NULLABILITY, "nullable", subject, onMssql.nullable(), onPostgresql.nullable());
        compare(Kind.IDENTITY, "identity of", subject, onMssql.identity(), onPostgresql.identity());
        compare(Kind.DEFAULT, "default of", subject, onMssql.defaultValue(), onPostgresql.defaultValue());
        compare(Kind.COMPARISON, "comparison of", subject, onMssql.collation(), onPostgresql.collation());
        if (onMssql.type().nonUnicode()) {
            out.add(new Difference(
                    Kind.NON_UNICODE,
                    subject,
                    "non-Unicode string on SQL Server: " + subject + " is " + onMssql.type()
                            + " (Hibernate binds nvarchar: an index on it is scanned, not sought)"));
        }
    }

    private <T> void keyed(Kind kind, String what, Function<SchemaShape, Map<String, T>> items) {
        var names = new TreeSet<>(items.apply(mssql).keySet());
        names.addAll(items.apply(postgresql).keySet());
        for (var name : names) {
            compare(
                    kind,
                    what,
                    name,
                    items.apply(mssql).get(name),
                    items.apply(postgresql).get(name));
        }
    }

    private void compare(Kind kind, String what, String subject, Object onMssql, Object onPostgresql) {
        if (!Objects.equals(onMssql, onPostgresql)) {
            out.add(new Difference(
                    kind, subject, what + " " + subject + ": mssql=" + onMssql + ", postgresql=" + onPostgresql));
        }
    }
}
