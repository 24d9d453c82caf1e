package dev.oms.platform.messaging.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Positive;
import java.time.Duration;

/** How the outbox relay publishes and how long published rows are kept ({@code oms.outbox.*}). */
@ConfigMapping(prefix = "oms.outbox")
public interface OutboxSettings {

    /** How often the relay runs when no commit woke it: the safety net for rows another replica wrote. */
    @WithDefault("PT0.5S")
    Duration pollInterval();

    /** The most rows one run publishes in one transaction. */
    @WithDefault("200")
    @Positive
    int batchSize();

    /** The longest wait between runs after failures in a row (the back-off doubles from 100 ms up to this). */
    @WithDefault("PT30S")
    Duration maxBackoff();

    /** A send the broker neither confirms nor refuses in this time (connection lost) counts as failed. */
    @WithDefault("PT10S")
    Duration confirmTimeout();

    /**
     * The longest one relay run (lock, read, publish, mark) may take: a run still going then, its database or broker
     * hung, counts as failed, so the relay backs off and starts a new one instead of staying "running" for ever.
     */
    @WithDefault("PT60S")
    Duration runTimeout();

    /** How long a published row is kept before housekeeping deletes it. */
    @WithDefault("P7D")
    Duration retention();
}
