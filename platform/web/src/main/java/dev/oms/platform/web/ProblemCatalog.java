package dev.oms.platform.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How a service answers its own refusals: each exception type of its domain or API and the problem it becomes. A
 * service produces one (a CDI bean); {@link ProblemMappers} consults it before answering 500. The most specific entry
 * wins: an exception's own class first, then its superclasses.
 */
public final class ProblemCatalog {

    private final Map<Class<?>, Function<RuntimeException, ProblemDetail>> problems = new LinkedHashMap<>();
    private final Set<ProblemType> types = new LinkedHashSet<>();

    /** An exception of this type is a problem of that type; its message is the problem's detail. */
    public ProblemCatalog refuse(Class<? extends RuntimeException> type, ProblemType problem) {
        return refuse(type, problem, (body, e) -> body);
    }

    /**
     * As {@link #refuse(Class, ProblemType)}, and {@code complete} adds to the problem what the exception knows (an
     * extension member, the offending fields).
     */
    public <E extends RuntimeException> ProblemCatalog refuse(
            Class<E> type, ProblemType problem, BiFunction<ProblemDetail, E, ProblemDetail> complete) {
        types.add(problem);
        problems.put(type, e -> complete.apply(problem.problem(e.getMessage()), type.cast(e)));
        return this;
    }

    /** Every problem type this catalogue answers, in the order first named. */
    public Set<ProblemType> types() {
        return Collections.unmodifiableSet(types);
    }

    Optional<ProblemDetail> problemFor(RuntimeException e) {
        for (Class<?> type = e.getClass(); type != null; type = type.getSuperclass()) {
            var problem = problems.get(type);
            if (problem != null) {
                return Optional.of(problem.apply(e));
            }
        }
        return Optional.empty();
    }
}
