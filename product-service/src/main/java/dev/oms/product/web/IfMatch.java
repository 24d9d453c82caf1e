package dev.oms.product.web;

import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Reads the details version out of an {@code If-Match} header: the first part of the ETag GET returns
 * ({@code "3.17"}, see {@link ProductETag}), or the whole of the one an edit or adjustment returns ({@code "3"}). The
 * aggregate version after the dot is not compared: stock moving never makes an edit stale (issue 20). Only a single tag
 * is accepted ({@code *} would make the update unconditional, which is what the header is there to avoid).
 */
final class IfMatch {

    private static final Pattern SINGLE_TAG = Pattern.compile("(?:W/)?\"(\\d{1,18})(?:\\.\\d{1,18})?\"");

    private IfMatch() {}

    /**
     * @return empty when the header is absent
     * @throws InvalidRequestException when it is present but not a single product ETag
     */
    static OptionalLong version(String header) {
        if (header == null || header.isBlank()) {
            return OptionalLong.empty();
        }
        var matcher = SINGLE_TAG.matcher(header.strip());
        if (!matcher.matches()) {
            throw new InvalidRequestException("If-Match", "must be a single ETag as returned by GET, e.g. \"3\"");
        }
        return OptionalLong.of(Long.parseLong(matcher.group(1)));
    }
}
