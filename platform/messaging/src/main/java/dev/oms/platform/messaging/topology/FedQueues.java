package dev.oms.platform.messaging.topology;

import dev.oms.events.Exchanges;
import dev.oms.platform.messaging.BrokerConnection;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Declares, at start, the topology this service's events need: its topic exchange; the alternate exchange and the
 * durable queue that keep an event it cannot route, when a work queue would have taken it ({@link ExchangeArguments});
 * and the work queues (with their dead-letter queues and bindings) it feeds, so that an event published before its consumer ever ran waits in its queue instead of
 * being dropped by an exchange with nothing bound to it. The consumer declares the same (see {@link WorkQueue}): start-up order no longer matters.
 * Keeps trying while the broker is away. Off with {@code oms.topology.declare-fed-queues=false} (the services' own
 * test suites, whose virtual hosts have no consumer for them).
 */
@ApplicationScoped
public class FedQueues {

    private static final Map<String, Object> QUORUM = Map.of("x-queue-type", "quorum");

    private final BrokerConnection broker;
    private final String service;
    private final boolean enabled;

    public FedQueues(
            BrokerConnection broker,
            @ConfigProperty(name = "quarkus.application.name") String service,
            FedQueuesSettings settings) {
        this.broker = broker;
        this.service = service;
        this.enabled = settings.declareFedQueues();
    }

    void onStart(@Observes StartupEvent started) {
        var queues = WorkQueue.fedBy(service);
        if (!enabled || queues.isEmpty()) {
            return;
        }
        declare(queues)
                .onFailure()
                .invoke(e ->
                        Log.warnf("Could not declare the queues %s feeds yet, retrying: %s", service, e.getMessage()))
                .onFailure()
                .retry()
                .withBackOff(Duration.ofSeconds(1), Duration.ofSeconds(30))
                .indefinitely()
                .subscribe()
                .with(
                        done -> Log.infof(
                                "Declared the queues %s feeds: %s",
                                service, queues.stream().map(WorkQueue::queue).toList()),
                        e -> Log.errorf(e, "Gave up declaring the queues %s feeds", service));
    }

    Uni<Void> declare(List<WorkQueue> queues) {
        var exchange = Exchanges.publishedBy(service);
        var unrouted = Exchanges.unroutedOf(exchange);
        var client = broker.client();
        var declared = client.start()
                .chain(() -> client.exchangeDeclare(unrouted, "topic", true, false))
                .chain(() -> client.queueDeclare(unrouted, true, false, false, new JsonObject(QUORUM)))
                .chain(() -> client.exchangeDeclare(
                        exchange, "topic", true, false, new JsonObject(ExchangeArguments.of(exchange))))
                .chain(() -> client.exchangeDeclare(Exchanges.DEAD_LETTERS, "direct", true, false));
        for (var queue : queues) {
            declared = declared.chain(() -> client.queueDeclare(
                            queue.deadLetterQueue(), true, false, false, new JsonObject(queue.deadLetterArguments())))
                    .chain(() -> client.queueBind(queue.deadLetterQueue(), Exchanges.DEAD_LETTERS, queue.queue()))
                    .chain(() ->
                            client.queueDeclare(queue.queue(), true, false, false, new JsonObject(queue.arguments())))
                    .replaceWithVoid();
            for (var key : queue.routingKeys()) {
                declared = declared.chain(() -> client.queueBind(queue.queue(), queue.exchange(), key))
                        // kept when this queue is missing; an event no work queue takes is nobody's loss
                        .chain(() -> client.queueBind(unrouted, unrouted, key));
            }
        }
        return declared.eventually(() -> client.stop().onFailure().recoverWithNull());
    }
}
