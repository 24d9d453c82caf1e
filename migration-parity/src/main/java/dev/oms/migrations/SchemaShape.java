package dev.oms.migrations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The vendor-neutral shape of a schema: tables with their columns (and whether each is nullable) and indexes (with
 * their columns, included columns, uniqueness and whether they are filtered). Types are left out on purpose: they are
 * spelled differently per vendor ({@code uuid} / {@code uniqueidentifier}).
 */
public final class SchemaShape {

    /** A column: its name and whether it accepts NULL. */
    public record Column(String name, boolean nullable) {}

    /** An index or a unique constraint. */
    public record Index(
            String name, String table, List<String> columns, Set<String> included, boolean unique, boolean filtered) {}

    private final SortedMap<String, SortedMap<String, Column>> tables = new TreeMap<>();
    private final SortedMap<String, Index> indexes = new TreeMap<>();

    void addTable(String table) {
        tables.putIfAbsent(table, new TreeMap<>());
    }

    void dropTable(String table) {
        tables.remove(table);
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

    void addIndex(Index index) {
        indexes.put(index.name(), index);
    }

    void dropIndex(String name) {
        indexes.remove(name);
    }

    public Set<String> tables() {
        return tables.keySet();
    }

    public Map<String, Column> columns(String table) {
        return tables.getOrDefault(table, new TreeMap<>());
    }

    public Map<String, Index> indexes() {
        return indexes;
    }

    /** Every way in which {@code other} differs from this shape, one readable line each; empty when they match. */
    public List<String> differencesFrom(SchemaShape other, String thisName, String otherName) {
        var out = new ArrayList<String>();
        var allTables = new TreeSet<String>(tables.keySet());
        allTables.addAll(other.tables.keySet());
        for (var table : allTables) {
            if (!other.tables.containsKey(table)) {
                out.add("table " + table + " only in " + thisName);
                continue;
            }
            if (!tables.containsKey(table)) {
                out.add("table " + table + " only in " + otherName);
                continue;
            }
            var names = new TreeSet<String>(columns(table).keySet());
            names.addAll(other.columns(table).keySet());
            for (var column : names) {
                var mine = columns(table).get(column);
                var theirs = other.columns(table).get(column);
                if (!Objects.equals(mine, theirs)) {
                    out.add("column " + table + "." + column + ": " + thisName + "=" + mine + ", " + otherName + "="
                            + theirs);
                }
            }
        }
        var allIndexes = new TreeSet<String>(indexes.keySet());
        allIndexes.addAll(other.indexes.keySet());
        for (var name : allIndexes) {
            var mine = indexes.get(name);
            var theirs = other.indexes.get(name);
            if (!Objects.equals(mine, theirs)) {
                out.add("index " + name + ": " + thisName + "=" + mine + ", " + otherName + "=" + theirs);
            }
        }
        return out;
    }
}
