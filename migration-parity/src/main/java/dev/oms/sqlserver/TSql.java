package dev.oms.sqlserver;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;

/**
 * What a statement sent to SQL Server must not contain: PostgreSQL's (and MySQL's) own syntax, which SQL Server refuses
 * at run time, and paging SQL Server cannot run.
 */
public final class TSql {

    private static final List<Rule> RULES = List.of(
            new Rule("\\blimit\\s+(\\?|\\d)", "LIMIT (SQL Server pages with TOP or OFFSET ... FETCH)"),
            new Rule(
                    "\\bfor\\s+(no\\s+key\\s+)?update\\b|\\bfor\\s+share\\b",
                    "FOR UPDATE (SQL Server locks with table hints)"),
            new Rule("\\bskip\\s+locked\\b|\\bnowait\\b", "SKIP LOCKED / NOWAIT (SQL Server: READPAST, LOCK_TIMEOUT)"),
            new Rule("::", "a PostgreSQL cast (::)"),
            new Rule("\\bilike\\b", "ILIKE"),
            new Rule("\\breturning\\b", "RETURNING (SQL Server: OUTPUT)"),
            new Rule("\\bnulls\\s+(first|last)\\b", "NULLS FIRST/LAST"),
            new Rule("\\|\\|", "|| (string concatenation is + or CONCAT)"),
            new Rule("\\b(true|false)\\b", "a boolean literal (SQL Server has none)"));

    private static final Pattern OFFSET_FETCH = Pattern.compile("\\boffset\\b.*\\brows\\b|\\bfetch\\s+(first|next)\\b");
    private static final Pattern ORDER_BY = Pattern.compile("\\border\\s+by\\b");

    private record Rule(Pattern pattern, String what) {
        Rule(String regex, String what) {
            this(Pattern.compile(regex), what);
        }
    }

    private TSql() {}

    /** Why SQL Server would refuse {@code sql}, one line per reason; empty when nothing here stands in the way. */
    public static List<String> refusals(String sql) {
        var lower = withoutStringLiterals(sql).toLowerCase(Locale.ROOT);
        var found = new ArrayList<String>();
        for (var rule : RULES) {
            if (rule.pattern().matcher(lower).find()) {
                found.add(rule.what());
            }
        }
        if (OFFSET_FETCH.matcher(lower).find() && !ORDER_BY.matcher(lower).find()) {
            found.add("OFFSET ... FETCH without ORDER BY");
        }
        return found;
    }

    /**
     * A native statement as SQL Server's parser would take it: read by JSqlParser in T-SQL mode (square-bracket names),
     * then held to {@link #refusals}. Fails with the parser's message when it cannot be read.
     */
    public static List<String> refusalsOfNative(String sql) {
        try {
            CCJSqlParserUtil.parse(sql, parser -> parser.withSquareBracketQuotation(true));
        } catch (JSQLParserException e) {
            throw new IllegalArgumentException("not T-SQL that JSqlParser reads: " + sql, e);
        }
        return refusals(sql);
    }

    /** The table hints ({@code with (...)}) in a statement, lower-case and without spaces, in order. */
    public static List<String> tableHints(String sql) {
        var hints = new ArrayList<String>();
        var matcher = Pattern.compile("(?i)\\bwith\\s*\\(([a-z, ]+)\\)").matcher(sql);
        while (matcher.find()) {
            hints.add(matcher.group(1).replace(" ", "").toLowerCase(Locale.ROOT));
        }
        return hints;
    }

    private static String withoutStringLiterals(String sql) {
        return sql.replaceAll("'(?:[^']|'')*'", "''");
    }
}
