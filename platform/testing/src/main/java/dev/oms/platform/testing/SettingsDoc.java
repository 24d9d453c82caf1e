package dev.oms.platform.testing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Holds docs/configuration.md to the code: the settings a service's {@code @ConfigMapping} interfaces declare, with
 * their defaults, against the rows of one section of the page. A default comes from {@code @WithDefault} or, for a
 * setting an expression reads by name, from a properties file on the classpath.
 */
public final class SettingsDoc {

    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9.-]+)` \\| `([^`]*)` \\|");

    private SettingsDoc() {}

    /** Setting name to default (an empty string when there is none) of these mapping interfaces. */
    public static Map<String, String> declaredBy(Class<?>... mappings) {
        var settings = new LinkedHashMap<String, String>();
        for (var mapping : mappings) {
            var prefix = mapping.getAnnotation(ConfigMapping.class).prefix();
            for (Method method : mapping.getDeclaredMethods()) {
                var name = prefix + "." + kebab(method.getName());
                var declared = method.getAnnotation(WithDefault.class);
                settings.put(name, declared != null ? declared.value() : fromPropertiesFiles(name));
            }
        }
        return settings;
    }

    /** Setting name to default of the rows under the heading that starts with this text. */
    public static Map<String, String> documentedIn(Path page, String heading) {
        try {
            var rows = new LinkedHashMap<String, String>();
            var inSection = false;
            for (var line : Files.readAllLines(page)) {
                if (line.startsWith("## ")) {
                    inSection = line.startsWith("## " + heading);
                } else if (inSection) {
                    var row = ROW.matcher(line);
                    if (row.find()) {
                        rows.put(row.group(1), row.group(2));
                    }
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    private static String fromPropertiesFiles(String name) {
        for (var file : List.of("application.properties", "META-INF/microprofile-config.properties")) {
            for (var url : resources(file)) {
                var value = load(url).getProperty(name);
                if (value != null) {
                    return value;
                }
            }
        }
        return "";
    }

    private static List<URL> resources(String name) {
        try {
            return Collections.list(SettingsDoc.class.getClassLoader().getResources(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(URL url) {
        var properties = new Properties();
        try (InputStream in = url.openStream()) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
