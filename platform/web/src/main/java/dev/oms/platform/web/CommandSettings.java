package dev.oms.platform.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.PositiveOrZero;

/** The admission limit on commands ({@code oms.commands.*}, ADR 10). */
@ConfigMapping(prefix = "oms.commands")
public interface CommandSettings {

    /** Commands (POST, PUT, PATCH, DELETE under /api) in progress at once; one more is answered 503 at once.
     * 0 refuses every command (e.g. to drain an instance) while queries go on. */
    @WithDefault("96")
    @PositiveOrZero
    int maxInFlight();
}
