package dev.oms.rehearsal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/** A compose file as docker compose reads it: YAML (anchors and merge keys resolved), variables interpolated. */
final class Compose {

    private static final Pattern VARIABLE =
            Pattern.compile("\\$\\$|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?}|\\$([A-Za-z_][A-Za-z0-9_]*)");

    private Compose() {}

    static Map<String, Object> load(Path file) {
        Map<String, Object> content = new Yaml().load(Repository.read(file));
        return interpolate(content);
    }

    /**
     * Replaces ${NAME:-default} and ${NAME-default} by the default (as with no .env file and nothing set), ${NAME}
     * and $NAME by the empty string, and $$ by $.
     */
    @SuppressWarnings("unchecked")
    static <T> T interpolate(T value) {
        if (value instanceof String text) {
            Matcher variable = VARIABLE.matcher(text);
            StringBuilder result = new StringBuilder();
            while (variable.find()) {
                String replacement =
                        variable.group().equals("$$") ? "$" : variable.group(2) != null ? variable.group(2) : "";
                variable.appendReplacement(result, Matcher.quoteReplacement(replacement));
            }
            variable.appendTail(result);
            return (T) result.toString();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, interpolate(v)));
            return (T) copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(interpolate(v)));
            return (T) copy;
        }
        return value;
    }

    /** Compose's merge of an override file: mappings merge key by key; anything else is replaced. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> override) {
        Map<String, Object> merged = new LinkedHashMap<>(base);
        override.forEach((key, value) -> {
            if (value instanceof Map<?, ?> o && merged.get(key) instanceof Map<?, ?> b) {
                merged.put(key, merge((Map<String, Object>) b, (Map<String, Object>) o));
            } else {
                merged.put(key, value);
            }
        });
        return merged;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> services(Map<String, Object> compose) {
        return (Map<String, Object>) compose.get("services");
    }

    /** The environment compose gives a service, whether written as a mapping or as a list of NAME=value. */
    @SuppressWarnings("unchecked")
    static Map<String, String> environment(Map<String, Object> service) {
        Object environment = service.get("environment");
        Map<String, String> variables = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> map) {
            map.forEach((k, v) -> variables.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
        } else if (environment instanceof List<?> list) {
            for (Object entry : list) {
                String[] pair = String.valueOf(entry).split("=", 2);
                variables.put(pair[0], pair.length > 1 ? pair[1] : null);
            }
        }
        return variables;
    }

    /** The reactor module a service's image is built from: the directory its build's Dockerfile is in. */
    @SuppressWarnings("unchecked")
    static String module(Map<String, Object> service) {
        Map<String, Object> build = (Map<String, Object>) service.get("build");
        String dockerfile = (String) build.get("dockerfile");
        return dockerfile.substring(0, dockerfile.indexOf("/src/main/docker/"));
    }
}
