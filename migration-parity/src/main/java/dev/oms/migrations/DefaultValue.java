package dev.oms.migrations;

import java.util.Map;

/**
 * A DEFAULT expression in a spelling both dialects share: {@link SqlText}'s, with the functions and literals that
 * mean the same on both under one name (the current time with its offset, a random UUID, and T-SQL's 1/0 for a
 * boolean).
 */
final class DefaultValue {

    private static final Map<String, String> SAME_MEANING = Map.of(
            "sysdatetimeoffset()", "current_timestamp",
            "now()", "current_timestamp",
            "newid()", "random uuid",
            "gen_random_uuid()", "random uuid");

    private DefaultValue() {}

    /** The shared spelling of {@code expression}; {@code null} for DEFAULT NULL, which is no default at all. */
    static String normalise(String expression, ColumnType type) {
        var text = SqlText.normalise(expression);
        if (text.equals("null")) {
            return null;
        }
        if (type.logical().equals("boolean")) {
            text = switch (text) {
                case "1" -> "true";
                case "0" -> "false";
                default -> text;
            };
        }
        return SAME_MEANING.getOrDefault(text, text);
    }
}
