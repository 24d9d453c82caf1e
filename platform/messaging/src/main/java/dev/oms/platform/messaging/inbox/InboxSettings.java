package dev.oms.platform.messaging.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long a processed event is remembered for de-duplication ({@code oms.inbox.*}). */
@ConfigMapping(prefix = "oms.inbox")
public interface InboxSettings {

    /** Longer than any redelivery can take: a duplicate arriving later would be processed again. */
    @WithDefault("P14D")
    Duration retention();
}
