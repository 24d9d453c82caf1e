package dev.oms.platform.messaging.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Positive;

/** How a consumer takes messages and retries one before requeueing it ({@code oms.consumer.*}). */
@ConfigMapping(prefix = "oms.consumer")
public interface ConsumerSettings {

    /** In-process attempts per delivery; then the message is requeued and the queue's delivery limit applies. */
    @WithDefault("3")
    @Positive
    int attempts();

    /**
     * Messages each shared subscription handles at once, each in its own unit of work (default 4, in this library's
     * META-INF/microprofile-config.properties: the topology's settings read it by name).
     */
    @Positive
    int concurrency();
}
