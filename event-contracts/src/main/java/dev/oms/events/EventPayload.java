package dev.oms.events;

/**
 * The body of an integration event. Every implementation is an immutable record registered in {@link EventType}, which
 * gives it its wire name and schema version.
 */
public interface EventPayload {}
