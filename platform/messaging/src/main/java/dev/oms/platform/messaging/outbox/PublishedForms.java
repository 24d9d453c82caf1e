package dev.oms.platform.messaging.outbox;

import dev.oms.events.EventPayload;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The published form of each of a service's domain events: which {@code event-contracts} record an event becomes when
 * it leaves the service. Built once per family of events; when that family is a sealed type, a member without a form is
 * refused at build time rather than failing the first time such an event is saved.
 *
 * @param <E> the family of domain events, e.g. an aggregate's sealed event interface
 */
public final class PublishedForms<E> {

    private final Class<E> family;
    private final Map<Class<?>, Function<Object, EventPayload>> byEvent;

    private PublishedForms(Class<E> family, Map<Class<?>, Function<Object, EventPayload>> byEvent) {
        this.family = family;
        this.byEvent = Map.copyOf(byEvent);
    }

    public static <E> Builder<E> of(Class<E> family) {
        return new Builder<>(family);
    }

    /** The contract record the event is published as. */
    public EventPayload of(E event) {
        var form = byEvent.get(event.getClass());
        if (form == null) {
            throw new IllegalArgumentException("no published form for " + event);
        }
        return form.apply(event);
    }

    @Override
    public String toString() {
        return "published forms of " + family.getSimpleName();
    }

    public static final class Builder<E> {

        private final Class<E> family;
        private final Map<Class<?>, Function<Object, EventPayload>> byEvent = new HashMap<>();

        private Builder(Class<E> family) {
            this.family = family;
        }

        public <T extends E> Builder<E> form(Class<T> type, Function<? super T, ? extends EventPayload> form) {
            if (byEvent.putIfAbsent(type, event -> form.apply(type.cast(event))) != null) {
                throw new IllegalStateException("two published forms for " + type.getSimpleName());
            }
            return this;
        }

        public PublishedForms<E> build() {
            var missing = concreteMembers(family).stream()
                    .filter(member -> !byEvent.containsKey(member))
                    .map(Class::getSimpleName)
                    .sorted()
                    .toList();
            if (!missing.isEmpty()) {
                throw new IllegalStateException(
                        family.getSimpleName() + " has events without a published form: " + missing);
            }
            return new PublishedForms<>(family, byEvent);
        }

        /** The classes an event of a sealed family can be; nothing to check for a family that is not sealed. */
        private static List<Class<?>> concreteMembers(Class<?> type) {
            var members = new ArrayList<Class<?>>();
            if (!type.isSealed()) {
                return members;
            }
            for (var permitted : type.getPermittedSubclasses()) {
                if (permitted.isSealed()) {
                    members.addAll(concreteMembers(permitted));
                } else {
                    members.add(permitted);
                }
            }
            return members;
        }
    }
}
