package dev.oms.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What every aggregate keeps besides its own state and rules: the version that guards it against lost updates, the
 * time it last changed, and the domain events it raised since it was loaded, which the service's save takes exactly
 * once and turns into outbox rows. Its table has {@code version} and {@code updated_at} columns.
 *
 * @param <E> the aggregate's own domain events
 */
@MappedSuperclass
public abstract class Aggregate<E> {

    @Version
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Transient
    private final List<E> pendingEvents = new ArrayList<>();

    protected Aggregate() {
        // for the persistence provider, and the subclass's factories
    }

    /** The aggregate changed at {@code now}. */
    protected void changedAt(Instant now) {
        updatedAt = now;
    }

    /** Records an event for the save to publish, after what the aggregate raised before it. */
    protected void raise(E event) {
        pendingEvents.add(event);
    }

    public boolean hasPendingEvents() {
        return !pendingEvents.isEmpty();
    }

    /** The events raised since the aggregate was loaded, in order; the caller takes them exactly once. */
    public List<E> takePendingEvents() {
        var events = List.copyOf(pendingEvents);
        pendingEvents.clear();
        return events;
    }

    /** The version it was loaded at (0 before its first save); the save increments it. */
    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
