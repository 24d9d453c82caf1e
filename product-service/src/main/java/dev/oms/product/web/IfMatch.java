package dev.oms.product.web;

import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Reads the product version out of an {@code If-Match} header. The ETag of a product is its version in quotes; only a
 * single tag is accepted ({@code *} would make the update unconditional, which is what the header is there to avoid).
 */
final class IfMatch {

    private static final Pattern SINGLE_TAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"");

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
