package dev.oms.platform.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;

/** The admission limit on commands ({@code oms.commands.*}, ADR 10). */
@ConfigMapping(prefix = "oms.commands")
public interface CommandSettings {

    /** Commands (POST, PUT, PATCH, DELETE under /api) in progress at once; one more is answered 503 at once.
     * 0 refuses every command (e.g. to drain an instance) while queries go on. */
    @WithDefault("96")
    @PositiveOrZero
    int maxInFlight();

    /** How long an authenticated command's body may take to arrive; a slower one is answered 408 and its connection
     * closed. The wait holds no admission slot. */
    @WithDefault("10s")
    Duration bodyTimeout();
}
