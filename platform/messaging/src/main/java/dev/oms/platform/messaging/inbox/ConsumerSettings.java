package dev.oms.platform.messaging.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Positive;

/** How a consumer retries a message before requeueing it ({@code oms.consumer.*}). */
@ConfigMapping(prefix = "oms.consumer")
public interface ConsumerSettings {

    /** In-process attempts per delivery; then the message is requeued and the queue's delivery limit applies. */
    @WithDefault("3")
    @Positive
    int attempts();
}
