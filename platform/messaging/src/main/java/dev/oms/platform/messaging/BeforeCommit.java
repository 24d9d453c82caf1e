package dev.oms.platform.messaging;

import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The work a unit of work's participants asked to be done once, at its end, before it commits: kept on the Vert.x
 * context the unit runs on, from its start to its end. A participant that holds changes in memory (say a row changed
 * by every order of a batch) registers their writing here when it makes the first of them, so no caller of it has to
 * remember to write them.
 */
final class BeforeCommit {

    private static final String KEY = "oms.unit-of-work.before-commit";

    private final Map<Object, Supplier<Uni<Void>>> work = new LinkedHashMap<>();

    private BeforeCommit() {}

    /**
     * Runs {@code unit}, then what its participants registered, in the order they registered it. Off a duplicated
     * Vert.x context (where no transaction can run either) nothing can be registered: {@link #register} says so.
     */
    static <T> Uni<T> around(Supplier<Uni<T>> unit) {
        return Uni.createFrom().deferred(() -> {
            if (!VertxContext.isOnDuplicatedContext()) {
                return unit.get();
            }
            var registered = new BeforeCommit();
            ContextLocals.put(KEY, registered);
            return Uni.createFrom()
                    .deferred(unit::get)
                    .call(registered::runAll)
                    .onTermination()
                    .invoke(() -> ContextLocals.get(KEY)
                            .filter(held -> held == registered)
                            .ifPresent(held -> ContextLocals.remove(KEY)));
        });
    }

    /**
     * Registers work for the end of the current unit of work, once per key however often it is asked for.
     *
     * @throws IllegalStateException outside a unit of work, where nobody would ever run it
     */
    static void register(Object key, Supplier<Uni<Void>> work) {
        var registered = VertxContext.isOnDuplicatedContext()
                ? ContextLocals.<BeforeCommit>get(KEY).orElse(null)
                : null;
        if (registered == null) {
            throw new IllegalStateException(
                    "work to do before commit (" + key + ") was registered outside a unit of work");
        }
        registered.work.putIfAbsent(key, work);
    }

    /** The registered work, each once; work registered meanwhile runs too, after what was there before it. */
    private Uni<Void> runAll() {
        if (work.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Supplier<Uni<Void>>> due = new ArrayList<>(work.values());
        var done = new ArrayList<>(work.keySet());
        return Multi.createFrom()
                .iterable(due)
                .onItem()
                .transformToUniAndConcatenate(Supplier::get)
                .collect()
                .last()
                .chain(() -> {
                    done.forEach(work::remove);
                    return runAll();
                });
    }
}
