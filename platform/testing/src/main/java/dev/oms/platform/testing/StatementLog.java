package dev.oms.platform.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The SQL statements Hibernate sends while it is open, as its statement logger ({@code org.hibernate.SQL}, at DEBUG)
 * writes them: for tests that count round trips. Every statement of the process is seen, so count what only the code
 * under test sends.
 */
public final class StatementLog implements AutoCloseable {

    private static final Logger SQL = Logger.getLogger("org.hibernate.SQL");

    private final List<String> statements = new CopyOnWriteArrayList<>();
    private final Level levelBefore;
    private final boolean parentHandlersBefore;
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord entry) {
            statements.add(entry.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    private StatementLog() {
        levelBefore = SQL.getLevel();
        parentHandlersBefore = SQL.getUseParentHandlers();
        SQL.addHandler(recorder);
        // recorded here, not also written to the test's console
        SQL.setUseParentHandlers(false);
        SQL.setLevel(Level.FINE);
    }

    public static StatementLog start() {
        return new StatementLog();
    }

    /** The statements seen so far that this regular expression finds a match in, ignoring case. */
    public List<String> matching(String regex) {
        var pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        return statements.stream().filter(sql -> pattern.matcher(sql).find()).toList();
    }

    @Override
    public void close() {
        SQL.setLevel(levelBefore);
        SQL.setUseParentHandlers(parentHandlersBefore);
        SQL.removeHandler(recorder);
    }
}
