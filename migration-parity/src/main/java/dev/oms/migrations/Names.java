package dev.oms.migrations;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Names as the shape keeps them: lower-case, without quotes or brackets ({@code [catalog].[Product]} is
 * {@code catalog.product}). */
final class Names {

    private Names() {}

    static String of(String raw) {
        return raw.replaceAll("[\\[\\]\"`]", "").trim().toLowerCase(Locale.ROOT);
    }

    static List<String> of(List<String> raw) {
        return raw.stream().map(Names::of).toList();
    }

    /** The names in a parenthesised list, e.g. {@code (order_id, id)}. */
    static List<String> ofList(String parenthesised) {
        var inner = parenthesised.trim().replaceAll("^\\(|\\)$", "");
        return Arrays.stream(inner.split(",")).map(Names::of).toList();
    }
}
