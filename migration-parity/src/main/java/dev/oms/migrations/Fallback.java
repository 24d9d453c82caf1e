package dev.oms.migrations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statement forms JSqlParser 5.3 cannot parse although both migration sets need them, each with the narrow rewrite
 * that lets it parse the rest of the statement. A fallback is tried only on a statement the parser rejected, and a
 * statement still rejected after them fails the read.
 */
public enum Fallback {
    /**
     * {@code CLUSTERED} / {@code NONCLUSTERED} after {@code PRIMARY KEY} or {@code UNIQUE} in a table constraint, or
     * {@code NONCLUSTERED} before {@code INDEX}. Dropped: it says how SQL Server lays out the rows, PostgreSQL has no
     * such thing, and the keys and columns stay the same.
     */
    CLUSTERED_KEYWORD("(?i)\\b(?:NON)?CLUSTERED\\b\\s*"),
    /** T-SQL's {@code DROP INDEX name ON table}: read as {@code DROP INDEX name} (index names are per schema here). */
    DROP_INDEX_ON_TABLE("(?i)^(DROP\\s+INDEX\\s+(?:IF\\s+EXISTS\\s+)?\\S+)\\s+ON\\s+\\S+$"),
    /** {@code INCLUDE (columns)} after the key columns of CREATE INDEX: cut off and read as a column list. */
    INDEX_INCLUDE(CreateIndexTail.PATTERN),
    /**
     * The {@code WHERE} predicate of a filtered CREATE INDEX (5.3 takes only {@code column = literal} there, as bare
     * tokens): cut off and parsed by JSqlParser on its own, as a condition.
     */
    INDEX_FILTER(CreateIndexTail.PATTERN);

    private final Pattern pattern;

    Fallback(String pattern) {
        this.pattern = Pattern.compile(pattern);
    }

    Fallback(Pattern pattern) {
        this.pattern = pattern;
    }

    /** What the fallbacks made of a statement: the text to parse again and the parts cut off it. */
    record Rewrite(String sql, List<String> included, String filter, List<Fallback> used) {}

    /** Applies every fallback that fits {@code sql}; {@code used} is empty when none does. */
    static Rewrite rewrite(String sql) {
        var used = new ArrayList<Fallback>();
        var text = sql;
        Matcher m;
        if (CLUSTERED_KEYWORD.pattern.matcher(text).find()) {
            text = CLUSTERED_KEYWORD.pattern.matcher(text).replaceAll("");
            used.add(CLUSTERED_KEYWORD);
        }
        if ((m = DROP_INDEX_ON_TABLE.pattern.matcher(text)).matches()) {
            text = m.group(1);
            used.add(DROP_INDEX_ON_TABLE);
        }
        List<String> included = List.of();
        String filter = null;
        if ((m = CreateIndexTail.PATTERN.matcher(text)).matches() && (m.group(2) != null || m.group(3) != null)) {
            if (m.group(2) != null) {
                included =
                        Arrays.stream(m.group(2).split(",")).map(String::trim).toList();
                used.add(INDEX_INCLUDE);
            }
            if (m.group(3) != null) {
                filter = m.group(3).trim();
                used.add(INDEX_FILTER);
            }
            text = m.group(1);
        }
        return new Rewrite(text, included, filter, List.copyOf(used));
    }

    /** CREATE INDEX up to its key columns, then the optional INCLUDE list and WHERE predicate. */
    private static final class CreateIndexTail {
        static final Pattern PATTERN = Pattern.compile("(?is)^(CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s.*?\\bON\\s+\\S+?\\s*"
                + "(?:USING\\s+\\w+\\s*)?\\([^()]*\\))\\s*(?:INCLUDE\\s*\\(([^()]*)\\))?\\s*(?:WHERE\\s+(.+))?$");
    }
}
