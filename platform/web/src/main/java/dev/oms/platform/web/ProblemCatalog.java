package dev.oms.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * How a service answers its own refusals: each exception type of its domain or API and the problem it becomes. A
 * service produces one (a CDI bean); {@link ProblemMappers} consults it before answering 500. The most specific entry
 * wins: an exception's own class first, then its superclasses.
 */
public final class ProblemCatalog {

    private final Map<Class<?>, Function<RuntimeException, ProblemDetail>> problems = new LinkedHashMap<>();

    /** The exception's message is the problem's detail. */
    public ProblemCatalog refuse(Class<? extends RuntimeException> type, int status, String title) {
        return refuse(type, e -> ProblemDetail.of(status, title, e.getMessage()));
    }

    public <E extends RuntimeException> ProblemCatalog refuse(Class<E> type, Function<E, ProblemDetail> problem) {
        problems.put(type, e -> problem.apply(type.cast(e)));
        return this;
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
