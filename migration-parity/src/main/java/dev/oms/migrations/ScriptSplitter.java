package dev.oms.migrations;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a migration script into statements at semicolons and at T-SQL {@code GO} lines, dropping comments; quoted text
 * and quoted names are kept whole, so a semicolon or {@code --} inside them cuts nothing.
 */
final class ScriptSplitter {

    private static final Pattern GO_LINE = Pattern.compile("(?im)^[ \\t]*GO[ \\t]*$");

    private ScriptSplitter() {}

    static List<String> statements(String script) {
        var statements = new ArrayList<String>();
        for (var batch : GO_LINE.split(script)) {
            statements.addAll(splitBatch(batch));
        }
        return statements;
    }

    private static List<String> splitBatch(String batch) {
        var statements = new ArrayList<String>();
        var current = new StringBuilder();
        int i = 0;
        while (i < batch.length()) {
            char c = batch.charAt(i);
            if (c == '-' && batch.startsWith("--", i)) {
                i = endOf(batch, "\n", i + 2);
                current.append(' ');
            } else if (c == '/' && batch.startsWith("/*", i)) {
                i = endOf(batch, "*/", i + 2);
                current.append(' ');
            } else if (c == '\'' || c == '"' || c == '[') {
                int end = closing(batch, i);
                current.append(batch, i, end);
                i = end;
            } else if (c == ';') {
                add(statements, current);
                i++;
            } else {
                current.append(c);
                i++;
            }
        }
        add(statements, current);
        return statements;
    }

    private static int endOf(String text, String terminator, int from) {
        int at = text.indexOf(terminator, from);
        return at < 0 ? text.length() : at + terminator.length();
    }

    /** The index just after the quote that closes the one at {@code start} (a doubled quote is an escaped one). */
    private static int closing(String text, int start) {
        return SqlText.closing(text, start, text.charAt(start) == '[' ? ']' : text.charAt(start));
    }

    private static void add(List<String> statements, StringBuilder current) {
        var statement = current.toString().trim();
        if (!statement.isEmpty()) {
            statements.add(statement);
        }
        current.setLength(0);
    }
}
