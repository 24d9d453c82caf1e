package dev.oms.platform.messaging.outbox;

import java.time.Duration;

/** Outbox settings given outright, for tests that build a relay by hand. */
public record FixedOutboxSettings(
        Duration pollInterval,
        int batchSize,
        Duration maxBackoff,
        Duration confirmTimeout,
        Duration runTimeout,
        Duration retention)
        implements OutboxSettings {}
