package dev.oms.system;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * A column of a row read from either database, as the APIs write it: instants in ISO-8601 UTC, ids in lower case. The
 * SQL Server driver reports its own type codes for {@code datetimeoffset} and {@code uniqueidentifier}, and hands the
 * latter out in upper case.
 */
final class ColumnText {

    /** microsoft.sql.Types.DATETIMEOFFSET */
    private static final int SQL_SERVER_DATETIMEOFFSET = -155;
    /** microsoft.sql.Types.GUID */
    private static final int SQL_SERVER_GUID = -145;

    private ColumnText() {}

    static String of(ResultSet row, int column) throws SQLException {
        var type = row.getMetaData().getColumnType(column);
        if (type == Types.TIMESTAMP || type == Types.TIMESTAMP_WITH_TIMEZONE || type == SQL_SERVER_DATETIMEOFFSET) {
            var at = row.getObject(column, OffsetDateTime.class);
            return at == null ? null : at.toInstant().toString();
        }
        var text = row.getString(column);
        return text == null || type != SQL_SERVER_GUID ? text : text.toLowerCase(Locale.ROOT);
    }
}
