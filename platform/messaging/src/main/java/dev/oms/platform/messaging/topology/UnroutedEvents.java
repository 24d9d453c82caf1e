package dev.oms.platform.messaging.topology;

import dev.oms.events.Exchanges;
import dev.oms.platform.messaging.BrokerConnection;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The gauge {@code oms.messages.unrouted}: how many of this service's events wait in {@link Exchanges#unroutedOf its
 * exchange's unrouted queue} because no queue took them, counted every {@code oms.metrics.refresh-interval}; NaN while
 * it cannot be counted (broker away). Anything above 0 is an event a consumer has not seen: recreate the missing queue
 * and replay them (runbook: docs/operations.md, "Unrouted events"). Watched by the service that declares that queue
 * ({@link FedQueues}).
 */
@Startup
@ApplicationScoped
public class UnroutedEvents {

    private static final Duration COUNT_TIMEOUT = Duration.ofSeconds(5);

    private final BrokerConnection broker;
    private final Optional<String> queue;
    /** How many wait, as of the last count; NaN while the broker cannot be asked. */
    private final AtomicReference<Double> waiting = new AtomicReference<>(Double.NaN);

    public UnroutedEvents(
            BrokerConnection broker,
            MeterRegistry metrics,
            FedQueuesSettings settings,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.broker = broker;
        this.queue = settings.declareFedQueues() ? unroutedQueueOf(service) : Optional.empty();
        if (queue.isPresent()) {
            Gauge.builder("oms.messages.unrouted", waiting, AtomicReference::get)
                    .description("Events of this service that no queue took, waiting to be replayed")
                    .register(metrics);
        }
    }

    private static Optional<String> unroutedQueueOf(String service) {
        try {
            return Optional.of(Exchanges.unroutedOf(Exchanges.publishedBy(service)));
        } catch (IllegalArgumentException publishesNothing) {
            return Optional.empty();
        }
    }

    double waiting() {
        return waiting.get();
    }

    @Scheduled(every = "${oms.metrics.refresh-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> count() {
        if (queue.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        var client = broker.client();
        return client.start()
                .chain(() -> client.messageCount(queue.get()))
                .ifNoItem()
                .after(COUNT_TIMEOUT)
                .fail()
                .onItemOrFailure()
                .invoke((count, failure) -> waiting.set(failure == null ? count.doubleValue() : Double.NaN))
                .onFailure()
                .recoverWithNull()
                .eventually(() -> client.stop().onFailure().recoverWithNull())
                .replaceWithVoid();
    }
}
