package dev.oms.helm;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The longest a service takes to stop after SIGTERM, from the settings that bound each phase: readiness DOWN while
 * still serving ({@code quarkus.shutdown.delay}), requests in flight ({@code quarkus.shutdown.timeout}), messages in
 * flight ({@code oms.consumer.drain-timeout}) and the relay's last batch ({@code oms.outbox.confirm-timeout}). The
 * first two are the platform's defaults; the others are read from docs/configuration.md, which each service's
 * ConfigurationDocTest holds to the code.
 */
final class ServiceStop {

    private static final Path PLATFORM_DEFAULTS =
            Path.of("../platform/runtime/src/main/resources/META-INF/microprofile-config.properties");
    private static final Path SETTINGS_DOC = Path.of("../docs/configuration.md");

    private ServiceStop() {}

    static Duration longest() throws IOException {
        var platform = new Properties();
        platform.load(new StringReader(Files.readString(PLATFORM_DEFAULTS)));
        var doc = Files.readString(SETTINGS_DOC);
        return duration(platform.getProperty("quarkus.shutdown.delay"))
                .plus(duration(platform.getProperty("quarkus.shutdown.timeout")))
                .plus(duration(documentedDefault(doc, "oms.consumer.drain-timeout")))
                .plus(duration(documentedDefault(doc, "oms.outbox.confirm-timeout")));
    }

    private static String documentedDefault(String doc, String setting) {
        var row = Pattern.compile("\\| `" + Pattern.quote(setting) + "` \\| `([^`]+)` \\|")
                .matcher(doc);
        if (!row.find()) {
            throw new IllegalStateException(setting + " is not in " + SETTINGS_DOC);
        }
        return row.group(1);
    }

    private static Duration duration(String value) {
        if (value == null) {
            throw new IllegalStateException("a bound of the service's stop is not set");
        }
        return value.startsWith("P") ? Duration.parse(value) : Duration.parse("PT" + value.toUpperCase());
    }
}
