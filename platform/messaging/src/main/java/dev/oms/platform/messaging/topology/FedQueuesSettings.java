package dev.oms.platform.messaging.topology;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Whether a service declares the work queues its events feed ({@code oms.topology.*}; see {@link FedQueues}). */
@ConfigMapping(prefix = "oms.topology")
public interface FedQueuesSettings {

    @WithDefault("true")
    boolean declareFedQueues();
}
