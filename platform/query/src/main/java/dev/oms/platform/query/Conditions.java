package dev.oms.platform.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The where clause of a list query whose filters are each optional: a filter the caller left out adds nothing, so
 * the database plans the query it is actually asked (no {@code :p is null or ...}, which defeats the indexes).
 * Conditions are joined with {@code and}; their named parameters are collected for binding.
 */
public final class Conditions {

    private static final Pattern PARAMETER = Pattern.compile(":(\\w+)");

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds {@code clause}, which names one parameter (perhaps more than once), bound to {@code value}; none if null. */
    public Conditions ifPresent(String clause, Object value) {
        if (value != null) {
            var names = PARAMETER
                    .matcher(clause)
                    .results()
                    .map(m -> m.group(1))
                    .distinct()
                    .toList();
            if (names.size() != 1) {
                throw new IllegalArgumentException("A condition with a value names one parameter: " + clause);
            }
            add(clause, Map.of(names.get(0), value));
        }
        return this;
    }

    /** Adds {@code clause} with the values of the parameters it names. */
    public Conditions add(String clause, Map<String, Object> values) {
        clauses.add(clause);
        values.forEach((name, value) -> {
            if (parameters.putIfAbsent(name, value) != null) {
                throw new IllegalArgumentException("Parameter :" + name + " is bound twice");
            }
        });
        return this;
    }

    /** Nothing when there is no condition, else {@code " where "} and the conditions joined with {@code and}. */
    public String where() {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    public Map<String, Object> parameters() {
        return Collections.unmodifiableMap(parameters);
    }
}
