package dev.oms.sqlserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Keeps the SQL Server rendering tests complete: every query the main code hands Hibernate or Panache is a named
 * constant or built by a named method, and every such constant is rendered by a test ({@code *OnSqlServerTest}).
 */
public final class QuerySites {

    /** A call that takes a query (HQL, Panache's short form or SQL) as its first argument. */
    private static final Pattern QUERY_CALL = Pattern.compile(
            "\\b(find|count|list|stream|delete|update|createSelectionQuery|createMutationQuery|createQuery"
                    + "|createNativeQuery)\\(\\s*(\"|([A-Z][A-Z0-9_]+)\\s*[,)])");

    /** The code that can issue queries: it uses Panache or Hibernate. */
    private static final Pattern PERSISTENCE = Pattern.compile(
            "^import (io\\.quarkus\\.hibernate|io\\.quarkus\\.panache|org\\.hibernate)", Pattern.MULTILINE);

    private QuerySites() {}

    /** What stands in the way, one line per call: an inline query, or a named one no rendering test names. */
    public static List<String> unrendered(Path mainJava, Path testJava) {
        var renderingTests = String.join(
                "\n",
                read(javaFiles(testJava).stream()
                        .filter(f -> f.getFileName().toString().endsWith("OnSqlServerTest.java"))
                        .toList()));
        var found = new ArrayList<String>();
        for (var file : javaFiles(mainJava)) {
            var source = read(List.of(file)).get(0);
            if (!PERSISTENCE.matcher(source).find()) {
                continue; // count("failed") on a metrics counter is no query
            }
            var call = QUERY_CALL.matcher(source);
            while (call.find()) {
                var constant = call.group(3);
                if (constant == null) {
                    found.add(file.getFileName() + ": " + call.group(1)
                            + "(\"...\") - name the query so a SQL Server rendering test can render it");
                } else if (!renderingTests.contains(constant)) {
                    found.add(file.getFileName() + ": " + constant + " is rendered by no *OnSqlServerTest");
                }
            }
        }
        return found;
    }

    private static List<Path> javaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> read(List<Path> files) {
        return files.stream()
                .map(f -> {
                    try {
                        return Files.readString(f);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .toList();
    }
}
