package dev.oms.migrations;

import java.util.List;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;

/** Parses one statement with JSqlParser, trying the named {@link Fallback}s only when it rejects the statement. */
final class StatementParser {

    private final Dialect dialect;

    StatementParser(Dialect dialect) {
        this.dialect = dialect;
    }

    ParsedStatement parse(String sql) {
        try {
            return new ParsedStatement(sql, statement(sql), List.of(), null, List.of());
        } catch (JSQLParserException rejected) {
            var rewrite = Fallback.rewrite(sql);
            if (rewrite.used().isEmpty()) {
                throw new UnreadableMigrationException(
                        "JSqlParser cannot parse, and no fallback fits: " + sql, rejected);
            }
            try {
                var filter = rewrite.filter() == null ? null : condition(rewrite.filter());
                return new ParsedStatement(sql, statement(rewrite.sql()), rewrite.included(), filter, rewrite.used());
            } catch (JSQLParserException stillRejected) {
                throw new UnreadableMigrationException(
                        "JSqlParser cannot parse, even after " + rewrite.used() + ": " + sql, stillRejected);
            }
        }
    }

    /** A condition on its own (a filtered index's predicate, a CHECK read from tokens). */
    Expression condition(String sql) throws JSQLParserException {
        return CCJSqlParserUtil.parseCondExpression(sql, false, this::configure);
    }

    private Statement statement(String sql) throws JSQLParserException {
        return CCJSqlParserUtil.parse(sql, this::configure);
    }

    private void configure(CCJSqlParser parser) {
        // [name] is a quoted name in T-SQL only; elsewhere a bracket would be an array subscript.
        parser.withSquareBracketQuotation(dialect == Dialect.MSSQL);
    }
}
