package dev.oms.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the test classes that use SQL only PostgreSQL understands without being marked {@link PostgreSQLOnly}: each
 * would fail in the SQL Server build instead of being skipped there.
 */
public final class PortableSql {

    /** PostgreSQL's own words: row locks, set-returning and interval functions, plans, casts, case-folding LIKE. */
    static final Pattern POSTGRESQL_ONLY = Pattern.compile(
            "\\bFOR UPDATE\\b|\\bFOR NO KEY UPDATE\\b|\\bgenerate_series\\b|\\bmake_interval\\b|\\bgen_random_uuid\\b"
                    + "|\"EXPLAIN |\\bILIKE\\b|\\binterval '|\\bLIMIT \\d|\\bSKIP LOCKED\\b"
                    + "|::(?:text|uuid|int|integer|bigint|numeric|timestamptz|date|jsonb?)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The annotation on a class or a method (at the start of a line, so a mention in a comment does not count). */
    private static final Pattern MARKED = Pattern.compile("(?m)^\\s*@PostgreSQLOnly\\b");

    private PortableSql() {}

    /** The test sources under {@code root} that use PostgreSQL-only SQL and are not marked, with the first use. */
    public static List<String> unmarkedIn(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .map(PortableSql::verdict)
                    .filter(v -> !v.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String verdict(Path file) {
        try {
            var source = Files.readString(file);
            var use = POSTGRESQL_ONLY.matcher(source);
            if (!use.find() || MARKED.matcher(source).find()) {
                return "";
            }
            return file + ": " + use.group() + " without @PostgreSQLOnly";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
