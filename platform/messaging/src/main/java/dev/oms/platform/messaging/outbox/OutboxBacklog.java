package dev.oms.platform.messaging.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The gauges {@code oms.outbox.pending} (outbox rows not yet published) and {@code oms.outbox.oldest.age} (seconds
 * since the oldest of them happened; 0 when there is none). A scrape reads what the last refresh found
 * ({@code oms.metrics.refresh-interval}) and never queries the database itself; the age grows between refreshes, as
 * it does in truth while that row waits. A backlog that keeps growing, or an age beyond a minute, means the relay
 * cannot publish (broker away, or no replica holds the relay lock).
 */
@Startup
@ApplicationScoped
public class OutboxBacklog {

    private final OutboxRepository outbox;
    private final Clock clock;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicReference<Instant> oldest = new AtomicReference<>();

    public OutboxBacklog(OutboxRepository outbox, MeterRegistry metrics, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
        Gauge.builder("oms.outbox.pending", pending, AtomicLong::get)
                .description("Outbox rows waiting to be published, as of the last refresh")
                .register(metrics);
        Gauge.builder("oms.outbox.oldest.age", oldest, since -> ageSeconds(since.get(), clock))
                .description("Seconds since the oldest unpublished outbox row's event happened; 0 when none waits")
                .baseUnit("seconds")
                .register(metrics);
    }

    static double ageSeconds(Instant since, Clock clock) {
        return since == null
                ? 0
                : Math.max(0, Duration.between(since, clock.instant()).toMillis() / 1000.0);
    }

    @Scheduled(every = "${oms.metrics.refresh-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refresh() {
        // a count over the partial index of pending rows, off the scrape path
        return Panache.withSession(() -> outbox.pendingCount()
                        .invoke(pending::set)
                        .chain(outbox::oldestPendingSince)
                        .invoke(oldest::set))
                .replaceWithVoid()
                .onFailure()
                .invoke(e -> Log.debugf("Could not count the outbox backlog: %s", e.getMessage()))
                .onFailure()
                .recoverWithNull();
    }
}
