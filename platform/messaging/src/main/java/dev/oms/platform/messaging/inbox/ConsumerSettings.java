package dev.oms.platform.messaging.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Positive;
import java.time.Duration;

/**
 * How a consumer takes messages, waits out transient failures and retries a message before requeueing it
 * ({@code oms.consumer.*}).
 */
@ConfigMapping(prefix = "oms.consumer")
public interface ConsumerSettings {

    /** In-process attempts per delivery; then the message is requeued and the queue's delivery limit applies. */
    @WithDefault("3")
    @Positive
    int attempts();

    /**
     * Batches each shared subscription handles at once, each in its own unit of work (default 2, in this library's
     * META-INF/microprofile-config.properties: the topology's settings read it by name).
     */
    @Positive
    int concurrency();

    /**
     * The most messages of one subscription handled in one transaction ({@link InboxBatches}): those that arrived
     * while the previous batches ran. 1 handles every message on its own.
     */
    @WithDefault("32")
    @Positive
    int batchSize();

    /**
     * How long one delivery waits out a transient failure (the database or the broker unreachable, restarting or
     * failing over; a deadlock) before it is requeued like any other failure (ADR 12). Waiting does not use up
     * {@link #attempts()}.
     */
    @WithDefault("10m")
    Duration transientBudget();

    /** The longest pause between two tries while waiting out a transient failure; pauses double from 200 ms. */
    @WithDefault("30s")
    Duration transientBackoffMax();

    /**
     * How long a stopping replica waits for the messages it is handling before it closes its channels; those not
     * finished by then are delivered again (to another replica, or to this one once restarted).
     */
    @WithDefault("5s")
    Duration drainTimeout();
}
