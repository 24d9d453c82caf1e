package dev.oms.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A simulation's figures, one {@code key=value} file per simulation in the results folder; read by the summary. */
final class Results {

    private Results() {}

    static Path write(String name, Map<String, String> entries) {
        var file = Bench.resultsDir().resolve(name + ".properties");
        var text = new TreeMap<>(entries)
                .entrySet().stream()
                        .map(entry -> entry.getKey() + "=" + entry.getValue())
                        .collect(Collectors.joining("\n", "", "\n"));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("[bench] " + name + ": " + file.toAbsolutePath());
        return file;
    }

    static Map<String, String> read(Path file) {
        var properties = new Properties();
        try (var reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var entries = new TreeMap<String, String>();
        properties.forEach((key, value) -> entries.put(key.toString(), value.toString()));
        return entries;
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
