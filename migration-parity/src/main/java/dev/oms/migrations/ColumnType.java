package dev.oms.migrations;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A column's type in words both dialects share, with its length, precision and scale: {@code uniqueidentifier} and
 * {@code uuid} are both {@code uuid}, {@code nvarchar(n)} and {@code varchar(n)} both {@code varchar(n)},
 * {@code decimal(p,s)} and {@code numeric(p,s)} both {@code numeric(p,s)}, {@code datetimeoffset(6)} and
 * {@code timestamp(6) with time zone} both {@code timestamp(6) with time zone}, {@code nvarchar(max)} and {@code text}
 * both {@code text}, {@code bit} and {@code boolean} both {@code boolean}. A type it does not know keeps its dialect's
 * spelling, prefixed with the dialect, so it shows as a difference instead of passing.
 *
 * <p>{@code nonUnicode} marks SQL Server's {@code varchar}/{@code char}/{@code text}: Hibernate binds strings as
 * {@code nvarchar}, and comparing an indexed {@code varchar} column with an {@code nvarchar} parameter converts the
 * column and loses the index seek. PostgreSQL's strings are all in the database's encoding, so never so marked.
 *
 * @param logical the shared spelling, e.g. {@code varchar(64)}
 * @param string whether it holds text (and so has a collation)
 * @param nonUnicode whether it is one of SQL Server's non-Unicode string types
 */
public record ColumnType(String logical, boolean string, boolean nonUnicode) {

    private static final Pattern DECLARED =
            Pattern.compile("([a-z][a-z0-9 ]*?)\\s*(?:\\(\\s*([^)]*?)\\s*\\))?\\s*((?:with|without) time zone)?");

    /** Reads a declared type ({@code NVARCHAR (64)}, {@code TIMESTAMP(6) WITH TIME ZONE}) of one dialect. */
    static ColumnType of(String declared, Dialect dialect) {
        var text = declared.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        var m = DECLARED.matcher(text);
        if (!m.matches()) {
            return unknown(text, dialect);
        }
        var name = m.group(1);
        var size = m.group(2) == null ? null : m.group(2).replaceAll("\\s*,\\s*", ",");
        var zone = m.group(3);
        var type = dialect == Dialect.MSSQL ? sqlServer(name, size, zone) : postgresql(name, size, zone);
        return type == null ? unknown(text, dialect) : type;
    }

    private static ColumnType sqlServer(String name, String size, String zone) {
        if (zone != null) {
            return null;
        }
        boolean max = "max".equals(size);
        return switch (name) {
            case "uniqueidentifier" -> plain("uuid");
            case "nvarchar" -> max ? text(false) : sized("varchar", size, false);
            case "varchar" -> max ? text(true) : sized("varchar", size, true);
            case "nchar" -> sized("char", size == null ? "1" : size, false);
            case "char" -> sized("char", size == null ? "1" : size, true);
            case "ntext" -> text(false);
            case "text" -> text(true);
            case "decimal", "numeric" -> numeric(size == null ? "18,0" : size);
            case "int" -> plain("integer");
            case "bigint", "smallint", "tinyint", "date", "real" -> plain(name);
            case "bit" -> plain("boolean");
            case "float" -> plain("double precision");
            case "datetimeoffset" -> plain("timestamp(" + (size == null ? "7" : size) + ") with time zone");
            case "datetime2" -> plain("timestamp(" + (size == null ? "7" : size) + ")");
            case "varbinary" -> max ? plain("bytes") : null;
            default -> null;
        };
    }

    private static ColumnType postgresql(String name, String size, String zone) {
        var withZone = "with time zone".equals(zone) || name.equals("timestamptz");
        return switch (name) {
            case "uuid" -> plain("uuid");
            case "varchar", "character varying" -> size == null ? text(false) : sized("varchar", size, false);
            case "char", "character", "bpchar" -> sized("char", size == null ? "1" : size, false);
            case "text" -> text(false);
            case "decimal", "numeric" -> size == null ? null : numeric(size);
            case "integer", "int", "int4" -> plain("integer");
            case "bigint", "int8" -> plain("bigint");
            case "smallint", "int2" -> plain("smallint");
            case "date", "real" -> plain(name);
            case "boolean", "bool" -> plain("boolean");
            case "double precision", "float8" -> plain("double precision");
            case "timestamp", "timestamptz" ->
                plain("timestamp(" + (size == null ? "6" : size) + ")" + (withZone ? " with time zone" : ""));
            case "bytea" -> plain("bytes");
            default -> null;
        };
    }

    private static ColumnType plain(String logical) {
        return new ColumnType(logical, false, false);
    }

    private static ColumnType sized(String name, String size, boolean nonUnicode) {
        return new ColumnType(name + "(" + size + ")", true, nonUnicode);
    }

    private static ColumnType text(boolean nonUnicode) {
        return new ColumnType("text", true, nonUnicode);
    }

    private static ColumnType numeric(String size) {
        return new ColumnType("numeric(" + (size.contains(",") ? size : size + ",0") + ")", false, false);
    }

    private static ColumnType unknown(String text, Dialect dialect) {
        return new ColumnType(dialect.folder() + ":" + text, false, false);
    }

    @Override
    public String toString() {
        return logical + (nonUnicode ? " (non-Unicode)" : "");
    }
}
