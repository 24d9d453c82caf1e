package dev.oms.migrations;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.statement.ReferentialAction;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.AlterOperation;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.schema.CreateSchema;
import net.sf.jsqlparser.statement.create.table.CheckConstraint;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.table.ForeignKeyIndex;
import net.sf.jsqlparser.statement.create.table.Index;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.drop.Drop;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.merge.Merge;
import net.sf.jsqlparser.statement.update.Update;

/**
 * Applies parsed statements to a {@link SchemaShape}: CREATE/DROP TABLE, ALTER TABLE ADD/DROP of columns and
 * constraints, T-SQL's ALTER COLUMN, CREATE/DROP INDEX. CREATE SCHEMA and DML (INSERT, UPDATE, DELETE, MERGE) change no shape and are passed
 * over by name; any other statement fails the read.
 */
final class ShapeBuilder {

    /** PostgreSQL operator classes that let LIKE 'abc%' use a btree index; a plain SQL Server index does that. */
    private static final Set<String> PATTERN_OPERATOR_CLASSES =
            Set.of("varchar_pattern_ops", "text_pattern_ops", "bpchar_pattern_ops");

    private final SchemaShape shape;
    private final Dialect dialect;
    private final StatementParser parser;
    private final ColumnReader columns;

    ShapeBuilder(SchemaShape shape, Dialect dialect) {
        this.shape = shape;
        this.dialect = dialect;
        this.parser = new StatementParser(dialect);
        this.columns = new ColumnReader(dialect, parser);
    }

    StatementParser parser() {
        return parser;
    }

    void apply(ParsedStatement parsed) {
        var statement = parsed.statement();
        if (statement instanceof CreateTable create) {
            createTable(create);
        } else if (statement instanceof CreateIndex create) {
            createIndex(create, parsed);
        } else if (statement instanceof Alter alter) {
            alter(alter);
        } else if (statement instanceof Drop drop) {
            drop(drop);
        } else if (!(statement instanceof CreateSchema
                || statement instanceof Insert
                || statement instanceof Update
                || statement instanceof Delete
                || statement instanceof Merge)) {
            throw new UnreadableMigrationException(
                    statement.getClass().getSimpleName() + " is not understood: " + parsed.sql());
        }
    }

    private void createTable(CreateTable create) {
        if (create.getSelect() != null
                || create.getLikeTable() != null
                || !isEmpty(create.getTableOptionsStrings())
                || !isEmpty(create.getCreateOptionsStrings())) {
            throw new UnreadableMigrationException("CREATE TABLE options are not understood: " + create);
        }
        var table = Names.of(create.getTable().getFullyQualifiedName());
        shape.addTable(table);
        for (var column : create.getColumnDefinitions()) {
            columns.read(shape, table, column);
        }
        if (create.getIndexes() != null) {
            for (var constraint : create.getIndexes()) {
                addConstraint(table, constraint);
            }
        }
    }

    private void addConstraint(String table, Index constraint) {
        if (!isEmpty(constraint.getIndexSpec())) {
            throw new UnreadableMigrationException("constraint options are not understood: " + constraint);
        }
        var name = constraint.getName() == null ? null : Names.of(constraint.getName());
        if (constraint instanceof ForeignKeyIndex key) {
            shape.addForeignKey(new SchemaShape.ForeignKey(
                    name,
                    table,
                    Names.of(key.getColumnsNames()),
                    Names.of(key.getTable().getFullyQualifiedName()),
                    Names.of(key.getReferencedColumnNames()),
                    action(key, ReferentialAction.Type.DELETE),
                    action(key, ReferentialAction.Type.UPDATE)));
        } else if (constraint instanceof CheckConstraint check) {
            shape.addCheck(new SchemaShape.Check(name, table, normalise(check.getExpression())));
        } else if ("PRIMARY KEY".equalsIgnoreCase(constraint.getType())) {
            shape.setPrimaryKey(table, new SchemaShape.PrimaryKey(name, Names.of(constraint.getColumnsNames())));
        } else if ("UNIQUE".equalsIgnoreCase(constraint.getType())) {
            var columnNames = Names.of(constraint.getColumnsNames());
            shape.addIndex(new SchemaShape.Index(
                    name != null ? name : table + " UNIQUE " + columnNames, table, columnNames, Set.of(), true, null));
        } else {
            throw new UnreadableMigrationException("table constraint not understood: " + constraint);
        }
    }

    private static String action(ForeignKeyIndex key, ReferentialAction.Type event) {
        var action = key.getReferentialAction(event);
        return action == null ? "NO ACTION" : action.getAction().getAction().toUpperCase(Locale.ROOT);
    }

    private void createIndex(CreateIndex create, ParsedStatement parsed) {
        var index = create.getIndex();
        var type = index.getType() == null ? "" : index.getType().toUpperCase(Locale.ROOT);
        if (!Set.of("", "UNIQUE", "CLUSTERED").contains(type)
                || (index.getUsing() != null && !index.getUsing().equalsIgnoreCase("btree"))) {
            throw new UnreadableMigrationException("index kind not understood: " + parsed.sql());
        }
        var keyColumns = new ArrayList<String>();
        for (var column : index.getColumns()) {
            keyColumns.add(Names.of(column.getColumnName()) + order(column.getParams(), parsed.sql()));
        }
        shape.addIndex(new SchemaShape.Index(
                Names.of(index.getName()),
                Names.of(create.getTable().getFullyQualifiedName()),
                List.copyOf(keyColumns),
                new LinkedHashSet<>(Names.of(parsed.included())),
                type.equals("UNIQUE"),
                filter(create, parsed)));
    }

    /** {@code " desc"} for a descending key column; an operator class other than the pattern ones fails. */
    private static String order(List<String> params, String sql) {
        var suffix = "";
        for (var param : params == null ? List.<String>of() : params) {
            var word = param.toLowerCase(Locale.ROOT);
            if (word.equals("desc")) {
                suffix = " desc";
            } else if (!word.equals("asc") && !PATTERN_OPERATOR_CLASSES.contains(word)) {
                throw new UnreadableMigrationException("index column option " + param + " not understood: " + sql);
            }
        }
        return suffix;
    }

    /** The filter cut off by {@link Fallback#INDEX_FILTER}, or the {@code WHERE column = literal} JSqlParser kept. */
    private String filter(CreateIndex create, ParsedStatement parsed) {
        if (parsed.filter() != null) {
            return normalise(parsed.filter());
        }
        var tail = create.getTailParameters() == null ? List.<String>of() : create.getTailParameters();
        if (tail.isEmpty()) {
            return null;
        }
        if (!tail.get(0).equalsIgnoreCase("WHERE")) {
            throw new UnreadableMigrationException("index options not understood: " + parsed.sql());
        }
        try {
            return normalise(parser.condition(String.join(" ", tail.subList(1, tail.size()))));
        } catch (JSQLParserException e) {
            throw new UnreadableMigrationException("index filter cannot be parsed: " + parsed.sql(), e);
        }
    }

    private void alter(Alter alter) {
        var table = Names.of(alter.getTable().getFullyQualifiedName());
        for (AlterExpression change : alter.getAlterExpressions()) {
            var operation = change.getOperation();
            if (operation == AlterOperation.ADD && change.getColDataTypeList() != null) {
                change.getColDataTypeList().forEach(column -> columns.read(shape, table, column));
            } else if (operation == AlterOperation.ALTER
                    && dialect == Dialect.MSSQL
                    && change.getColDataTypeList() != null) {
                // T-SQL's ALTER COLUMN states the whole column again (type, collation, nullability): it replaces it
                change.getColDataTypeList().forEach(column -> columns.read(shape, table, column));
            } else if (operation == AlterOperation.ADD && change.getIndex() != null) {
                addConstraint(table, change.getIndex());
            } else if (operation == AlterOperation.DROP && change.getColumnName() != null) {
                shape.dropColumn(table, Names.of(change.getColumnName()));
            } else if (operation == AlterOperation.DROP && change.getConstraintName() != null) {
                shape.dropConstraint(table, Names.of(change.getConstraintName()));
            } else {
                throw new UnreadableMigrationException("ALTER TABLE change not understood: " + change);
            }
        }
    }

    private void drop(Drop drop) {
        var type = drop.getType().toUpperCase(Locale.ROOT);
        if (type.equals("TABLE")) {
            shape.dropTable(Names.of(drop.getName().getFullyQualifiedName()));
        } else if (type.equals("INDEX")) {
            shape.dropIndex(Names.of(drop.getName().getName()));
        } else {
            throw new UnreadableMigrationException("DROP " + type + " is not understood: " + drop);
        }
    }

    private static boolean isEmpty(List<String> tokens) {
        return tokens == null || tokens.isEmpty();
    }

    private static String normalise(Expression expression) {
        return SqlText.normalise(expression.toString());
    }
}
