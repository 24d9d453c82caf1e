package dev.oms.platform.messaging;

import dev.oms.platform.messaging.outbox.OutboxRelay;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The one way a change is made, whether an HTTP command or a consumed message asked for it: the work runs in one
 * transaction (or in the caller's, if one is open), so the change and the events it recorded in the outbox commit or
 * roll back together; once it has committed, the relay is woken so those events leave at once rather than at the
 * next poll.
 *
 * <p>A participant that keeps changes in memory until the end (so a batch writes a row once, not once per message)
 * registers their writing with {@link #beforeCommit}; the unit that opened the transaction runs it after the work and
 * before the commit, in every attempt.
 *
 * <p>A transaction the database ended to break a deadlock, or refused for a serialization or snapshot conflict, had
 * done nothing; the unit of work that opened it runs the work again (up to {@value #ATTEMPTS} times), as it would
 * after losing any other race. A joined transaction is left to its owner.
 */
@ApplicationScoped
public class UnitOfWork {

    static final int ATTEMPTS = 3;

    private final OutboxRelay relay;

    public UnitOfWork(OutboxRelay relay) {
        this.relay = relay;
    }

    public <T> Uni<T> run(Supplier<Uni<T>> work) {
        return openTransaction()
                .chain(open -> open
                        ? inTransaction(work)
                        : Uni.createFrom()
                                .deferred(() -> inTransaction(() -> BeforeCommit.around(work)))
                                .onFailure(TransientFailures::isConflictVictim)
                                .retry()
                                .withBackOff(Duration.ofMillis(20), Duration.ofMillis(200))
                                .atMost(ATTEMPTS - 1))
                .invoke(relay::requestRun);
    }

    /**
     * Asks for {@code work} to run once at the end of the current unit of work (the outermost, when units are joined),
     * before it commits: asked again under the same key, it still runs once. A unit that fails or is run again drops
     * what was asked in it.
     *
     * @throws IllegalStateException outside a unit of work
     */
    public void beforeCommit(Object key, Supplier<Uni<Void>> work) {
        BeforeCommit.register(key, work);
    }

    /**
     * Whether the caller already has a transaction open, which the work then joins. Without a session on this
     * context (a command's or a message's first unit of work) Panache has none to ask and says so by failing.
     */
    Uni<Boolean> openTransaction() {
        return Uni.createFrom()
                .deferred(Panache::currentTransaction)
                .map(transaction -> transaction != null)
                .onFailure(IllegalStateException.class)
                .recoverWithItem(false);
    }

    <T> Uni<T> inTransaction(Supplier<Uni<T>> work) {
        return Panache.withTransaction(work);
    }
}
