package dev.oms.platform.runtime;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * The one clock the service reads time from, so tests can replace it. It ticks in microseconds, the precision the
 * database keeps, so an instant read back equals the one written (keyset cursors compare them exactly).
 */
@Singleton
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
