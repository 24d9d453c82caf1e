package dev.oms.migrations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The comparable spelling of an expression both dialects can write (a CHECK, an index filter, a default): names and
 * keywords lower-case and unquoted, {@code N'x'} as {@code 'x'}, {@code !=} as {@code <>}, one canonical spacing, and
 * without parentheses that change nothing (around the whole, around a single value, around a comparison between
 * AND/OR). The expression has been parsed by JSqlParser before; this only spells it.
 */
final class SqlText {

    private static final Set<String> LOGICAL = Set.of("and", "or", "not");
    private static final Set<String> LOWER_PRECEDENCE = Set.of("and", "or", "+", "-", "*", "/", "%", "||");
    private static final Set<String> KEYWORDS_BEFORE_LIST = Set.of("in", "and", "or", "not", "is", "like", "exists");

    private SqlText() {}

    static String normalise(String expression) {
        var tokens = tokens(expression);
        while (removeOneRedundantPair(tokens)) {
            // until no pair of parentheses is left that changes nothing
        }
        return print(tokens);
    }

    private static List<String> tokens(String text) {
        var tokens = new ArrayList<String>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if ((c == 'N' || c == 'n') && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                i++; // N'...' is a Unicode literal in T-SQL; its value is the same text
            } else if (c == '\'') {
                int end = closing(text, i, '\'');
                tokens.add(text.substring(i, end));
                i = end;
            } else if (c == '"' || c == '[') {
                int end = closing(text, i, c == '[' ? ']' : '"');
                tokens.add(text.substring(i + 1, end - 1).toLowerCase(Locale.ROOT));
                i = end;
            } else if (Character.isLetterOrDigit(c) || c == '_') {
                int end = i;
                while (end < text.length()
                        && (Character.isLetterOrDigit(text.charAt(end)) || "_$".indexOf(text.charAt(end)) >= 0)) {
                    end++;
                }
                tokens.add(text.substring(i, end).toLowerCase(Locale.ROOT));
                i = end;
            } else {
                var two = i + 1 < text.length() ? text.substring(i, i + 2) : "";
                if (List.of(">=", "<=", "<>", "!=", "||").contains(two)) {
                    tokens.add(two.equals("!=") ? "<>" : two);
                    i += 2;
                } else {
                    tokens.add(String.valueOf(c));
                    i++;
                }
            }
        }
        return tokens;
    }

    /** The index just after the {@code close} that ends the quoted text opened at {@code start} (doubled: escaped). */
    static int closing(String text, int start, char close) {
        int i = start + 1;
        while (i < text.length()) {
            if (text.charAt(i) == close) {
                if (i + 1 < text.length() && text.charAt(i + 1) == close) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return text.length();
    }

    private static boolean removeOneRedundantPair(List<String> tokens) {
        for (int open = 0; open < tokens.size(); open++) {
            if (!tokens.get(open).equals("(")) {
                continue;
            }
            int close = matching(tokens, open);
            if (close > 0 && redundant(tokens, open, close)) {
                tokens.remove(close);
                tokens.remove(open);
                return true;
            }
        }
        return false;
    }

    private static int matching(List<String> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).equals("(")) {
                depth++;
            } else if (tokens.get(i).equals(")") && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean redundant(List<String> tokens, int open, int close) {
        var before = open == 0 ? null : tokens.get(open - 1);
        var after = close == tokens.size() - 1 ? null : tokens.get(close + 1);
        if (before != null && isName(before) && !LOGICAL.contains(before)) {
            return false; // a call's arguments or an IN list
        }
        if (before == null && after == null) {
            return true;
        }
        if (close == open + 2) {
            return true; // a single value
        }
        boolean booleanContext = (before == null || before.equals("(") || LOGICAL.contains(before))
                && (after == null || after.equals(")") || after.equals("and") || after.equals("or"));
        return booleanContext && !hasTopLevel(tokens, open, close, LOWER_PRECEDENCE);
    }

    private static boolean hasTopLevel(List<String> tokens, int open, int close, Set<String> words) {
        int depth = 0;
        for (int i = open + 1; i < close; i++) {
            var token = tokens.get(i);
            if (token.equals("(")) {
                depth++;
            } else if (token.equals(")")) {
                depth--;
            } else if (depth == 0 && words.contains(token)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isName(String token) {
        var c = token.charAt(0);
        return Character.isLetter(c) || c == '_';
    }

    private static String print(List<String> tokens) {
        var out = new StringBuilder();
        String previous = null;
        for (var token : tokens) {
            if (previous != null && spaceBetween(previous, token)) {
                out.append(' ');
            }
            out.append(token);
            previous = token;
        }
        return out.toString();
    }

    private static boolean spaceBetween(String previous, String token) {
        if (previous.equals("(") || previous.equals(".") || token.equals(")") || token.equals(",")) {
            return false;
        }
        if (token.equals(".")) {
            return false;
        }
        return !(token.equals("(") && isName(previous) && !KEYWORDS_BEFORE_LIST.contains(previous));
    }
}
