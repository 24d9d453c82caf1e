package dev.oms.migrations;

import dev.oms.migrations.Difference.Kind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The differences between the two sets a service accepts, each with its reason: a string column that compares
 * differently on SQL Server, or one of a non-Unicode type there. Every other difference always fails.
 */
public final class AcceptedDifferences {

    private record Key(Kind kind, String subject) {}

    private final Map<Key, String> reasons;

    private AcceptedDifferences(Map<Key, String> reasons) {
        this.reasons = reasons;
    }

    /** Accepts no difference. */
    public static AcceptedDifferences none() {
        return new AcceptedDifferences(Map.of());
    }

    /** Accepts that {@code column} ({@code schema.table.column}) compares differently on the two databases. */
    public AcceptedDifferences comparison(String column, String reason) {
        return with(Kind.COMPARISON, column, reason);
    }

    /** Accepts that {@code column} ({@code schema.table.column}) is of a non-Unicode type on SQL Server. */
    public AcceptedDifferences nonUnicode(String column, String reason) {
        return with(Kind.NON_UNICODE, column, reason);
    }

    private AcceptedDifferences with(Kind kind, String subject, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an accepted difference needs its reason: " + subject);
        }
        var copy = new LinkedHashMap<>(reasons);
        if (copy.put(new Key(kind, subject), reason) != null) {
            throw new IllegalArgumentException("accepted twice: " + kind + " of " + subject);
        }
        return new AcceptedDifferences(copy);
    }

    boolean accepts(Difference difference) {
        return reasons.containsKey(new Key(difference.kind(), difference.subject()));
    }

    /** Lines for accepted differences that {@code found} no longer has: an acceptance must not outlive its cause. */
    List<String> noLongerFound(List<Difference> found) {
        return reasons.entrySet().stream()
                .filter(e -> found.stream()
                        .noneMatch(d -> d.kind() == e.getKey().kind()
                                && d.subject().equals(e.getKey().subject())))
                .map(e -> "accepted, but no longer a difference: " + e.getKey().kind() + " of "
                        + e.getKey().subject() + " (" + e.getValue() + ")")
                .toList();
    }
}
