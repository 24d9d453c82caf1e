package dev.oms.migrations;

/**
 * One way in which the SQL Server set differs from the PostgreSQL set.
 *
 * @param subject what differs: a table, {@code table.column}, or a constraint's or index's name
 * @param description the difference in one readable line
 */
public record Difference(Kind kind, String subject, String description) {

    /** What kind of thing differs. */
    public enum Kind {
        TABLE,
        COLUMN,
        TYPE,
        NULLABILITY,
        IDENTITY,
        DEFAULT,
        /** The collation: one set compares a string column exactly, the other does not. */
        COMPARISON,
        /** A SQL Server string column of a non-Unicode type (varchar, char, text). */
        NON_UNICODE,
        PRIMARY_KEY,
        CHECK,
        FOREIGN_KEY,
        INDEX
    }

    @Override
    public String toString() {
        return description;
    }
}
