package dev.oms.platform.messaging.topology;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Map;

/**
 * The arguments the connector cannot take as settings of their own, for the work queues it declares (the channels name
 * this bean, {@value #NAME}, as their {@code queue.arguments}).
 */
@ApplicationScoped
public class WorkQueueArguments {

    public static final String NAME = "oms-work-queue-arguments";

    /**
     * A quorum queue dead-letters at most once by default: a dead letter in flight to its queue can vanish. At least
     * once keeps it in the work queue until the dead-letter queue has confirmed it, and needs the queue to refuse
     * publishes when full rather than drop its oldest.
     */
    static final Map<String, Object> AT_LEAST_ONCE_DEAD_LETTERING =
            Map.of("x-dead-letter-strategy", "at-least-once", "x-overflow", "reject-publish");

    @Produces
    @Identifier(NAME)
    Map<String, Object> workQueueArguments() {
        return AT_LEAST_ONCE_DEAD_LETTERING;
    }
}
