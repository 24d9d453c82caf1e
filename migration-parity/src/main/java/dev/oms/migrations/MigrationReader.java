package dev.oms.migrations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Replays the DDL of a Flyway migration folder ({@code V<n>__*.sql}, in version order) into a {@link SchemaShape}.
 *
 * <p>It understands the subset of DDL this project writes in both dialects: CREATE/DROP TABLE, ALTER TABLE ADD/DROP
 * COLUMN, CREATE [UNIQUE] [NON]CLUSTERED INDEX ... ON t (cols) [INCLUDE (cols)] [WHERE ...], DROP INDEX, and
 * {@code CONSTRAINT name UNIQUE (cols)} inside CREATE TABLE. Anything else (DML, CREATE SCHEMA, comments) is ignored.
 * Names are compared lower-case, without quotes or brackets.
 */
public final class MigrationReader {

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.*\\.sql");
    private static final Pattern CREATE_TABLE =
            Pattern.compile("(?is)^CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\S+?)\\s*\\((.*)\\)\\s*$");
    private static final Pattern DROP_TABLE = Pattern.compile("(?is)^DROP\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(\\S+)");
    private static final Pattern ADD_COLUMN =
            Pattern.compile("(?is)^ALTER\\s+TABLE\\s+(\\S+)\\s+ADD\\s+(?:COLUMN\\s+)?(.*)$");
    private static final Pattern DROP_COLUMN =
            Pattern.compile("(?is)^ALTER\\s+TABLE\\s+(\\S+)\\s+DROP\\s+COLUMN\\s+(?:IF\\s+EXISTS\\s+)?(\\S+)");
    private static final Pattern CREATE_INDEX = Pattern.compile(
            "(?is)^CREATE\\s+(UNIQUE\\s+)?(?:(?:NON)?CLUSTERED\\s+)?INDEX\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\S+)\\s+"
                    + "ON\\s+(\\S+?)\\s*(?:USING\\s+\\w+\\s*)?\\(([^)]*)\\)\\s*(?:INCLUDE\\s*\\(([^)]*)\\))?\\s*(WHERE\\s+.*)?$");
    private static final Pattern DROP_INDEX =
            Pattern.compile("(?is)^DROP\\s+INDEX\\s+(?:IF\\s+EXISTS\\s+)?(\\S+?)(?:\\s+ON\\s+\\S+)?$");
    private static final Pattern UNIQUE_CONSTRAINT =
            Pattern.compile("(?is)^CONSTRAINT\\s+(\\S+)\\s+UNIQUE\\s*(?:NONCLUSTERED\\s*)?\\(([^)]*)\\)$");
    private static final List<String> CONSTRAINT_WORDS =
            List.of("constraint", "primary", "unique", "foreign", "check", "index");

    private MigrationReader() {}

    /** Reads a migration folder on disk. */
    public static SchemaShape read(Path folder) {
        var shape = new SchemaShape();
        for (var file : versionedFiles(folder)) {
            try {
                apply(shape, Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shape;
    }

    /** Applies the DDL of one script to a shape. */
    public static void apply(SchemaShape shape, String script) {
        for (var statement : statements(script)) {
            applyStatement(shape, statement);
        }
    }

    private static List<Path> versionedFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(
                            f -> VERSIONED.matcher(f.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(MigrationReader::version, MigrationReader::compareVersions))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int[] version(Path file) {
        Matcher m = VERSIONED.matcher(file.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalArgumentException(file.toString());
        }
        return Arrays.stream(m.group(1).split("[._]"))
                .mapToInt(Integer::parseInt)
                .toArray();
    }

    private static int compareVersions(int[] a, int[] b) {
        return Arrays.compare(a, b);
    }

    private static List<String> statements(String script) {
        var withoutComments = script.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("--[^\\n]*", " ");
        return Arrays.stream(withoutComments.split(";|(?im)^\\s*GO\\s*$"))
                .map(s -> s.trim().replaceAll("\\s+", " "))
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static void applyStatement(SchemaShape shape, String sql) {
        Matcher m;
        if ((m = CREATE_TABLE.matcher(sql)).matches()) {
            var table = name(m.group(1));
            shape.addTable(table);
            for (var element : splitTopLevel(m.group(2))) {
                applyTableElement(shape, table, element);
            }
        } else if ((m = DROP_TABLE.matcher(sql)).find()) {
            shape.dropTable(name(m.group(1)));
        } else if ((m = DROP_COLUMN.matcher(sql)).find()) {
            shape.dropColumn(name(m.group(1)), name(m.group(2)));
        } else if ((m = ADD_COLUMN.matcher(sql)).matches()) {
            var table = name(m.group(1));
            for (var element : splitTopLevel(m.group(2))) {
                applyTableElement(shape, table, element);
            }
        } else if ((m = CREATE_INDEX.matcher(sql)).matches()) {
            shape.addIndex(new SchemaShape.Index(
                    name(m.group(2)),
                    name(m.group(3)),
                    names(m.group(4)),
                    m.group(5) == null ? new LinkedHashSet<>() : new LinkedHashSet<>(names(m.group(5))),
                    m.group(1) != null,
                    m.group(6) != null));
        } else if ((m = DROP_INDEX.matcher(sql)).matches()) {
            var qualified = name(m.group(1));
            shape.dropIndex(qualified.substring(qualified.lastIndexOf('.') + 1));
        }
    }

    private static void applyTableElement(SchemaShape shape, String table, String element) {
        var first = element.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        Matcher unique = UNIQUE_CONSTRAINT.matcher(element);
        if (unique.matches()) {
            shape.addIndex(new SchemaShape.Index(
                    name(unique.group(1)), table, names(unique.group(2)), new LinkedHashSet<>(), true, false));
        } else if (!CONSTRAINT_WORDS.contains(first)) {
            var upper = element.toUpperCase(Locale.ROOT);
            boolean notNull = upper.contains("NOT NULL") || upper.contains("PRIMARY KEY") || upper.contains("IDENTITY");
            shape.addColumn(table, new SchemaShape.Column(name(first), !notNull));
        }
    }

    /** Splits on commas that are not inside parentheses. */
    private static List<String> splitTopLevel(String body) {
        var parts = new ArrayList<String>();
        int depth = 0;
        var current = new StringBuilder();
        for (char c : body.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            if (c == ',' && depth == 0) {
                parts.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.toString().isBlank()) {
            parts.add(current.toString().trim());
        }
        return parts;
    }

    private static List<String> names(String list) {
        return Arrays.stream(list.split(","))
                .map(String::trim)
                .map(s -> s.split("\\s+")[0])
                .map(MigrationReader::name)
                .toList();
    }

    private static String name(String raw) {
        return raw.replaceAll("[\\[\\]\"`]", "").toLowerCase(Locale.ROOT);
    }
}
