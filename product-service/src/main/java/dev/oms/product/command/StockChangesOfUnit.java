package dev.oms.product.command;

import dev.oms.product.domain.Product;
import io.smallrye.common.vertx.ContextLocals;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The products whose stock the current unit of work changed and has not written yet, kept on the Vert.x context the
 * unit runs on, for the session it runs in: a unit that failed before writing them leaves nothing to the next one,
 * which has a session of its own.
 */
final class StockChangesOfUnit {

    private static final String KEY = "oms.product.unwritten-stock-changes";

    private final Object session;
    private final Map<UUID, Product> products = new LinkedHashMap<>();

    private StockChangesOfUnit(Object session) {
        this.session = session;
    }

    /** The changes of the unit of work that runs in this session, empty at first. */
    static StockChangesOfUnit of(Object session) {
        var held = ContextLocals.<StockChangesOfUnit>get(KEY).orElse(null);
        if (held == null || held.session != session) {
            held = new StockChangesOfUnit(session);
            ContextLocals.put(KEY, held);
        }
        return held;
    }

    /**
     * Takes the changed products of the current unit of work, in the order first changed. Only that unit asks (the
     * step its first change registered before its commit), so what is held is its own: {@link #of} replaced whatever
     * a failed unit before it left.
     */
    static List<Product> take() {
        return ContextLocals.<StockChangesOfUnit>get(KEY)
                .map(held -> {
                    ContextLocals.remove(KEY);
                    return held.products.values().stream()
                            .filter(Product::hasUnsavedStockChanges)
                            .toList();
                })
                .orElse(List.of());
    }

    void add(Collection<Product> changed) {
        changed.forEach(product -> products.putIfAbsent(product.id(), product));
    }
}
