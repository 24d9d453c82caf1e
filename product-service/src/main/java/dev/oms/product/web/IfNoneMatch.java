package dev.oms.product.web;

import java.util.List;

/**
 * Whether an {@code If-None-Match} header names the current representation (RFC 9110, 13.1.2): {@code *}, or a list of
 * entity tags one of which equals the current one under weak comparison (a {@code W/} prefix on either side is
 * ignored). A header that is not well formed names nothing, so the full response is sent: never a wrong 304.
 */
final class IfNoneMatch {

    private IfNoneMatch() {}

    /**
     * @param headers the header's field lines (a list may be split across several), null or empty when absent
     * @param currentTag the current opaque tag, without quotes
     */
    static boolean matches(List<String> headers, String currentTag) {
        if (headers == null) {
            return false;
        }
        for (var header : headers) {
            if (header != null && matchesLine(header, currentTag)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesLine(String line, String currentTag) {
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t' || c == ',') {
                i++;
            } else if (c == '*') {
                return true;
            } else {
                if (line.startsWith("W/", i)) {
                    i += 2;
                }
                if (i >= n || line.charAt(i) != '"') {
                    return false;
                }
                int close = line.indexOf('"', i + 1);
                if (close < 0) {
                    return false;
                }
                if (line.regionMatches(i + 1, currentTag, 0, currentTag.length())
                        && close - i - 1 == currentTag.length()) {
                    return true;
                }
                i = close + 1;
            }
        }
        return false;
    }
}
