package dev.oms.order.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in tests: the system time (in microseconds, like production) unless a test freezes it, e.g. to
 * place several orders at the very same instant. A test that freezes it resets it afterwards.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    private static final Clock SYSTEM = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

    private volatile Instant frozenAt;

    public void freezeAt(Instant instant) {
        frozenAt = instant;
    }

    public void reset() {
        frozenAt = null;
    }

    @Override
    public Instant instant() {
        var frozen = frozenAt;
        return frozen != null ? frozen : SYSTEM.instant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the service works in UTC");
    }
}
