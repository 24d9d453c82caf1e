package dev.oms.platform.messaging;

import dev.oms.platform.messaging.outbox.OutboxRelay;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * The one way a change is made, whether an HTTP command or a consumed message asked for it: the work runs in one
 * transaction (or in the caller's, if one is open), so the change and the events it recorded in the outbox commit or
 * roll back together; once it has committed, the relay is woken so those events leave at once rather than at the
 * next poll.
 */
@ApplicationScoped
public class UnitOfWork {

    private final OutboxRelay relay;

    public UnitOfWork(OutboxRelay relay) {
        this.relay = relay;
    }

    public <T> Uni<T> run(Supplier<Uni<T>> work) {
        return Panache.withTransaction(work).invoke(relay::requestRun);
    }
}
