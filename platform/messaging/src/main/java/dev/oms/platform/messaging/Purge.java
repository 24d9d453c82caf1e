package dev.oms.platform.messaging;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;

/**
 * One scheduled run of a job that deletes what has outlived its retention (published outbox rows, remembered inbox
 * events, a service's own expired records): in a transaction of its own, and never failing the scheduler: a failed
 * run is logged and the next run tries again.
 */
public final class Purge {

    private Purge() {}

    public static Uni<Void> run(String what, Supplier<Uni<? extends Number>> delete) {
        return Panache.withTransaction(() -> Uni.createFrom().<Number>deferred(delete))
                .invoke(deleted -> Log.debugf("Purged %s %s", deleted, what))
                .replaceWithVoid()
                .onFailure()
                .invoke(e -> Log.warnf("Purging %s failed, will retry: %s", what, e.getMessage()))
                .onFailure()
                .recoverWithNull();
    }
}
