package dev.oms.platform.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A query whose {@code in (:name)} is written out as one parameter per value ({@code in (:name0, :name1, ...)}), as
 * many as the next power of two, the last value repeated to fill them.
 *
 * <p>Hibernate keeps no plan for a query bound to a collection: it translates it to SQL again on every execution (in
 * a profile of the order flow its translation was in 2-5% of a service's samples, about half of it such selects run
 * once per consumer batch). Written out, the query has one cached plan per size, and rounding the size up keeps those
 * to a handful per query however many values come. A caller with no values has nothing to ask and asks nothing.
 */
public record InList(String query, Map<String, Object> parameters) {

    /** The query {@code query}, whose {@code (:name)} is written out for these values (at least one). */
    public static InList expand(String query, String name, Collection<?> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("An in list needs at least one value: :" + name);
        }
        var list = Pattern.compile("\\(:" + Pattern.quote(name) + "\\)").matcher(query);
        if (!list.find()) {
            throw new IllegalArgumentException("No (:" + name + ") in " + query);
        }
        List<Object> padded = new ArrayList<>(values);
        int size = Integer.highestOneBit(padded.size());
        size = size == padded.size() ? size : size << 1;
        while (padded.size() < size) {
            padded.add(padded.get(padded.size() - 1));
        }
        var parameters = new LinkedHashMap<String, Object>();
        var names = new ArrayList<String>();
        for (int i = 0; i < size; i++) {
            names.add(":" + name + i);
            parameters.put(name + i, padded.get(i));
        }
        return new InList(list.replaceAll(Matcher.quoteReplacement("(" + String.join(", ", names) + ")")), parameters);
    }

    /** This query with one more parameter bound, besides the list's. */
    public InList with(String name, Object value) {
        var more = new LinkedHashMap<>(parameters);
        if (more.putIfAbsent(name, value) != null) {
            throw new IllegalArgumentException("Parameter :" + name + " is bound twice");
        }
        return new InList(query, Map.copyOf(more));
    }
}
