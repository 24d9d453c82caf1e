package dev.oms.platform.keys;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads key material where a setting points, as smallrye-jwt reads its key locations: {@code classpath:NAME}, {@code
 * file:PATH}, or a bare path (a file if there is one, else a classpath resource). A URL is not fetched: an identity
 * provider serves its own keys there.
 */
public final class KeyLocation {

    private KeyLocation() {}

    /** The content at the location; empty for a URL or when nothing is there. */
    public static Optional<String> read(String location) {
        if (location.startsWith("http:") || location.startsWith("https:")) {
            return Optional.empty();
        }
        if (location.startsWith("classpath:")) {
            return resource(location.substring("classpath:".length()));
        }
        var path = Path.of(location.startsWith("file:") ? location.substring("file:".length()) : location);
        if (Files.isRegularFile(path)) {
            try {
                return Optional.of(Files.readString(path, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return location.startsWith("file:") ? Optional.empty() : resource(location);
    }

    private static Optional<String> resource(String name) {
        var loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(name.startsWith("/") ? name.substring(1) : name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
