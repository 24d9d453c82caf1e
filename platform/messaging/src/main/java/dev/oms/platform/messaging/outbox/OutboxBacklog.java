package dev.oms.platform.messaging.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The gauge {@code oms.outbox.pending}: outbox rows not yet published. A scrape reads the value counted at the last
 * refresh ({@code oms.metrics.refresh-interval}); it never queries the database itself. A backlog that keeps growing
 * means the relay cannot publish (broker away, or no replica holds the relay lock).
 */
@Startup
@ApplicationScoped
public class OutboxBacklog {

    private final OutboxRepository outbox;
    private final AtomicLong pending = new AtomicLong();

    public OutboxBacklog(OutboxRepository outbox, MeterRegistry metrics) {
        this.outbox = outbox;
        Gauge.builder("oms.outbox.pending", pending, AtomicLong::get)
                .description("Outbox rows waiting to be published, as of the last refresh")
                .register(metrics);
    }

    @Scheduled(every = "${oms.metrics.refresh-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refresh() {
        // a count over the partial index of pending rows, off the scrape path
        return Panache.withSession(outbox::pendingCount)
                .invoke(pending::set)
                .replaceWithVoid()
                .onFailure()
                .invoke(e -> Log.debugf("Could not count the outbox backlog: %s", e.getMessage()))
                .onFailure()
                .recoverWithNull();
    }
}
