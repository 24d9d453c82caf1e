package dev.oms.migrations;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The vendor-neutral shape of a schema, as a migration set leaves it: tables with their columns (type, nullability,
 * identity, default, collation), primary keys, CHECK constraints, foreign keys and indexes (unique constraints
 * included). Names are lower-case and unquoted; types, collations and expressions are in the shared spellings of
 * {@link ColumnType}, {@link Collation} and {@link SqlText}.
 */
public final class SchemaShape {

    /**
     * A column.
     *
     * @param identity {@code identity} when the database numbers it, {@code null} otherwise
     * @param defaultValue the normalised DEFAULT expression, {@code null} when none
     * @param collation how it compares, {@code null} for a column that holds no text
     */
    public record Column(
            String name,
            ColumnType type,
            boolean nullable,
            String identity,
            String defaultValue,
            Collation collation) {}

    /** A primary key; {@code name} is {@code null} when the database names it (then each names it its own way). */
    public record PrimaryKey(String name, List<String> columns) {}

    /** A CHECK constraint with its normalised expression; an unnamed one is keyed by its table and expression. */
    public record Check(String name, String table, String expression) {}

    /** A foreign key; the actions are upper-case, {@code NO ACTION} when the migration names none. */
    public record ForeignKey(
            String name,
            String table,
            List<String> columns,
            String referencedTable,
            List<String> referencedColumns,
            String onDelete,
            String onUpdate) {}

    /**
     * An index or a unique constraint.
     *
     * @param columns the key columns, each followed by {@code desc} when descending
     * @param filter the normalised predicate of a filtered index, {@code null} for a full one
     */
    public record Index(
            String name, String table, List<String> columns, Set<String> included, boolean unique, String filter) {}

    private final SortedMap<String, SortedMap<String, Column>> tables = new TreeMap<>();
    private final SortedMap<String, PrimaryKey> primaryKeys = new TreeMap<>();
    private final SortedMap<String, Check> checks = new TreeMap<>();
    private final SortedMap<String, ForeignKey> foreignKeys = new TreeMap<>();
    private final SortedMap<String, Index> indexes = new TreeMap<>();

    void addTable(String table) {
        tables.putIfAbsent(table, new TreeMap<>());
    }

    void dropTable(String table) {
        tables.remove(table);
        primaryKeys.remove(table);
        checks.values().removeIf(c -> c.table().equals(table));
        foreignKeys.values().removeIf(f -> f.table().equals(table));
        indexes.values().removeIf(i -> i.table().equals(table));
    }

    void addColumn(String table, Column column) {
        tables.computeIfAbsent(table, t -> new TreeMap<>()).put(column.name(), column);
    }

    void dropColumn(String table, String column) {
        var columns = tables.get(table);
        if (columns != null) {
            columns.remove(column);
        }
    }

    void setPrimaryKey(String table, PrimaryKey key) {
        primaryKeys.put(table, key);
    }

    void addCheck(Check check) {
        checks.put(check.name() != null ? check.name() : check.table() + " CHECK " + check.expression(), check);
    }

    void addForeignKey(ForeignKey key) {
        foreignKeys.put(key.name() != null ? key.name() : key.table() + " " + key.columns(), key);
    }

    void addIndex(Index index) {
        indexes.put(index.name(), index);
    }

    void dropIndex(String name) {
        indexes.remove(name);
    }

    /** Drops the named constraint, whichever kind it is. */
    void dropConstraint(String table, String name) {
        checks.remove(name);
        foreignKeys.remove(name);
        indexes.remove(name);
        var key = primaryKeys.get(table);
        if (key != null && name.equals(key.name())) {
            primaryKeys.remove(table);
        }
    }

    public Set<String> tables() {
        return tables.keySet();
    }

    public Map<String, Column> columns(String table) {
        return tables.getOrDefault(table, new TreeMap<>());
    }

    public Map<String, PrimaryKey> primaryKeys() {
        return primaryKeys;
    }

    public Map<String, Check> checks() {
        return checks;
    }

    public Map<String, ForeignKey> foreignKeys() {
        return foreignKeys;
    }

    public Map<String, Index> indexes() {
        return indexes;
    }
}
