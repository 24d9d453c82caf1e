package dev.oms.helm;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * A part of a parsed YAML document, read by dotted paths: {@code "spec.template.spec.containers.0.image"} (a number
 * indexes a list).
 */
final class Node {

    private final Object content;
    private final String where;

    Node(Object content, String where) {
        this.content = content;
        this.where = where;
    }

    Node node(String path) {
        Object current = content;
        String at = where;
        for (String segment : path.split("\\.")) {
            at = at + "." + segment;
            if (current instanceof Map<?, ?> map && map.containsKey(segment)) {
                current = map.get(segment);
            } else if (current instanceof List<?> list
                    && segment.matches("\\d+")
                    && Integer.parseInt(segment) < list.size()) {
                current = list.get(Integer.parseInt(segment));
            } else {
                throw new NoSuchElementException("nothing at " + at);
            }
        }
        return new Node(current, at);
    }

    boolean has(String path) {
        try {
            node(path);
            return true;
        } catch (NoSuchElementException absent) {
            return false;
        }
    }

    /** The element of the list at {@code listPath} whose {@code key} equals {@code value}, e.g. an env var by name. */
    Node element(String listPath, String key, Object value) {
        List<Object> list = list(listPath);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof Map<?, ?> map && Objects.equals(map.get(key), value)) {
                return new Node(map, where + "." + listPath + "." + i);
            }
        }
        throw new NoSuchElementException("no element with " + key + "=" + value + " in " + where + "." + listPath);
    }

    /** Where this node is, e.g. Deployment/oms-product-service.spec. */
    String where() {
        return where;
    }

    /** The whole content of this node. */
    Object value() {
        return content;
    }

    Object value(String path) {
        return node(path).content;
    }

    String string(String path) {
        Object value = value(path);
        if (!(value instanceof String string)) {
            throw new IllegalStateException(where + "." + path + " is not a string: " + value);
        }
        return string;
    }

    int integer(String path) {
        Object value = value(path);
        if (!(value instanceof Integer integer)) {
            throw new IllegalStateException(where + "." + path + " is not an integer: " + value);
        }
        return integer;
    }

    @SuppressWarnings("unchecked")
    List<Object> list(String path) {
        Object value = value(path);
        if (!(value instanceof List<?>)) {
            throw new IllegalStateException(where + "." + path + " is not a list: " + value);
        }
        return (List<Object>) value;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> map(String path) {
        Object value = value(path);
        if (!(value instanceof Map<?, ?>)) {
            throw new IllegalStateException(where + "." + path + " is not a map: " + value);
        }
        return (Map<String, Object>) value;
    }

    @Override
    public String toString() {
        return where + ": " + content;
    }
}
