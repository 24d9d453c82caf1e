package dev.oms.platform.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/**
 * The latency objectives ({@code oms.latency.objectives}): the bounds of the histogram buckets of every request timer
 * and of the services' own timers, so an alert can ask what share of requests took longer than one of them.
 */
@ConfigMapping(prefix = "oms.latency")
public interface LatencySettings {

    @WithDefault("25ms,50ms,100ms,250ms,500ms,1s,2500ms,5s,10s")
    List<Duration> objectives();
}
