package dev.oms.migrations;

import java.util.List;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.statement.Statement;

/**
 * One migration statement as JSqlParser read it, with what a {@link Fallback} had to cut off it first: the INCLUDE
 * columns and the filter of a CREATE INDEX ({@code null} when none).
 */
record ParsedStatement(
        String sql, Statement statement, List<String> included, Expression filter, List<Fallback> fallbacks) {}
