package dev.oms.platform.messaging.topology;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Duration;
import java.util.Map;

/**
 * The arguments of a per-instance queue (the channels name this bean, {@value #NAME}, as their {@code
 * queue.arguments}). The queue is durable and outlives its consumer's connection, so an event published while the
 * consumer is away (a broker restart, after which the publishers may reconnect before it does) waits for it instead of
 * meeting an exchange with no queue bound for this instance. A queue whose instance is gone for good expires once it
 * has had no consumer for {@link #EXPIRY}, and holds at most {@value #MAX_LENGTH} events meanwhile (the oldest are
 * dropped first).
 */
@ApplicationScoped
public class InstanceQueueArguments {

    public static final String NAME = "oms-instance-queue-arguments";

    static final Duration EXPIRY = Duration.ofMinutes(10);
    static final int MAX_LENGTH = 100_000;

    @Produces
    @Identifier(NAME)
    Map<String, Object> instanceQueueArguments() {
        return Map.of("x-expires", EXPIRY.toMillis(), "x-max-length", MAX_LENGTH);
    }
}
