package dev.oms.platform.messaging.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * Publishes the outbox, oldest row first.
 * <ul>
 * <li>It runs as soon as a transaction that wrote events has committed ({@link #requestRun()}), and every
 * poll interval in case a wake-up was missed (another replica wrote the rows, or the broker was away).</li>
 * <li>Only the replica that holds the relay lock publishes (see {@link OutboxRelayLock}).</li>
 * <li>A batch is sent in order on one channel with publisher confirms; the rows the broker confirmed, up to the first
 * that failed, are marked published in the same transaction. The rest stay pending and go out again on a later run,
 * which after a failure waits with exponential back-off.</li>
 * </ul>
 * Publishing is at least once: a crash between the broker's confirm and the commit sends a row again, and consumers
 * drop the duplicate by its event id.
 * <p>
 * Metrics: {@code oms.outbox.published} and {@code oms.outbox.publish.failures} per event type (rows),
 * {@code oms.outbox.relay.failures} (runs that failed, whatever the cause, a run over {@code oms.outbox.run-timeout}
 * included) and {@code oms.outbox.relay.last.run.age} (seconds since a run last ended: a stuck relay shows).
 */
@ApplicationScoped
public class OutboxRelay {

    private final OutboxRepository outbox;
    private final Publisher publisher;
    private final Clock clock;
    private final Vertx vertx;
    private final MeterRegistry metrics;
    private final int batchSize;
    private final Duration pollInterval;
    private final Duration maxBackoff;
    private final Duration confirmTimeout;
    private final Duration runTimeout;
    /** When a run last ended (the start, before any): held apart so the gauge needs no reference to the relay. */
    private final AtomicReference<Instant> lastRunEnded = new AtomicReference<>();

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean runAgain = new AtomicBoolean();
    private volatile int consecutiveFailures;
    private volatile Instant pausedUntil = Instant.MIN;
    private volatile boolean stopped;
    private long timer = -1;

    public OutboxRelay(
            OutboxRepository outbox,
            Publisher publisher,
            Clock clock,
            Vertx vertx,
            MeterRegistry metrics,
            OutboxSettings settings) {
        this.outbox = outbox;
        this.publisher = publisher;
        this.clock = clock;
        this.vertx = vertx;
        this.metrics = metrics;
        this.batchSize = settings.batchSize();
        this.pollInterval = settings.pollInterval();
        this.maxBackoff = settings.maxBackoff();
        this.confirmTimeout = settings.confirmTimeout();
        this.runTimeout = settings.runTimeout();
        this.lastRunEnded.set(clock.instant());
        Gauge.builder(
                        "oms.outbox.relay.last.run.age",
                        lastRunEnded,
                        last -> Duration.between(last.get(), clock.instant()).toMillis() / 1000.0)
                .description("Seconds since this replica's relay last finished a run; grows only if it is stuck")
                .baseUnit("seconds")
                .register(metrics);
    }

    void start(@Observes StartupEvent started) {
        timer = vertx.setPeriodic(pollInterval.toMillis(), id -> requestRun());
    }

    /**
     * No new run starts; the one under way, if any, is waited for (up to the confirm timeout) so that what the broker
     * confirmed is marked published before the database pool closes, instead of being sent again by the next relay.
     */
    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        stopped = true;
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
        var deadline = System.nanoTime() + confirmTimeout.toNanos();
        synchronized (running) {
            for (var wait = deadline - System.nanoTime();
                    running.get() && wait > 0;
                    wait = deadline - System.nanoTime()) {
                running.wait(Math.max(1, wait / 1_000_000));
            }
        }
    }

    private void runEnded() {
        synchronized (running) {
            running.set(false);
            running.notifyAll();
        }
    }

    /** Asks for a run now; if one is under way, another follows it. Cheap to call after every commit. */
    public void requestRun() {
        if (stopped || clock.instant().isBefore(pausedUntil)) {
            return;
        }
        if (!running.compareAndSet(false, true)) {
            runAgain.set(true);
            return;
        }
        runAgain.set(false);
        // Hibernate Reactive needs a duplicated Vert.x context of its own for each unit of work.
        var context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> runOnce().subscribe().with(this::succeeded, this::failed));
    }

    /** One run, which fails rather than hang when its database or broker does not answer. */
    Uni<Integer> runOnce() {
        return publishBatch()
                .ifNoItem()
                .after(runTimeout)
                .failWith(() ->
                        new java.util.concurrent.TimeoutException("the relay run did not finish within " + runTimeout));
    }

    /** One batch in one transaction: how many rows were published, or a failure after marking the confirmed ones. */
    Uni<Integer> publishBatch() {
        return Panache.withTransaction(() -> outbox.tryLockRelay()
                        .chain(held -> held
                                ? outbox.oldestPending(batchSize)
                                        .chain(rows -> publishInOrder(rows).call(() -> outbox.markPublished(rows)))
                                : Uni.createFrom().item(Outcome.NOTHING)))
                .map(Outcome::orThrow);
    }

    Uni<Outcome> publishInOrder(List<OutboxEvent> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(Outcome.NOTHING);
        }
        // All sends start at once, in row order on one channel; each result says whether the broker confirmed. A send
        // made while the connection is down is neither confirmed nor refused: the timeout turns it into a failure, so
        // the relay backs off and tries again instead of waiting for ever.
        var confirms = rows.stream()
                .map(row -> publisher
                        .publish(row)
                        .ifNoItem()
                        .after(confirmTimeout)
                        .failWith(() -> new java.util.concurrent.TimeoutException(
                                "no confirm for event " + row.eventId + " within " + confirmTimeout))
                        .onItemOrFailure()
                        .transform((ok, failure) -> failure))
                .toList();
        return Uni.join().all(confirms).andFailFast().map(failures -> {
            var now = clock.instant();
            Outcome outcome = null;
            for (int i = 0; i < rows.size(); i++) {
                var row = rows.get(i);
                if (failures.get(i) != null) {
                    metrics.counter("oms.outbox.publish.failures", "type", row.eventType)
                            .increment();
                    outcome = outcome == null ? new Outcome(i, failures.get(i)) : outcome;
                } else if (outcome == null) {
                    row.publishedAt = now;
                    metrics.counter("oms.outbox.published", "type", row.eventType)
                            .increment();
                }
            }
            return outcome == null ? new Outcome(rows.size(), null) : outcome;
        });
    }

    private void succeeded(int published) {
        lastRunEnded.set(clock.instant());
        consecutiveFailures = 0;
        runEnded();
        if (published == batchSize || runAgain.get()) {
            requestRun();
        }
    }

    private void failed(Throwable failure) {
        lastRunEnded.set(clock.instant());
        metrics.counter("oms.outbox.relay.failures").increment();
        consecutiveFailures++;
        var delay = backoff(consecutiveFailures);
        pausedUntil = clock.instant().plus(delay);
        Log.warnf(
                "Outbox relay could not publish (%d failures in a row), next try in %d ms: %s",
                consecutiveFailures, delay.toMillis(), failure.getMessage());
        runEnded();
        vertx.setTimer(delay.toMillis() + 1, id -> requestRun());
    }

    Duration backoff(int failures) {
        var millis = 100L << Math.min(failures - 1, 20);
        return Duration.ofMillis(Math.min(millis, maxBackoff.toMillis()));
    }

    record Outcome(int published, Throwable failure) {
        static final Outcome NOTHING = new Outcome(0, null);

        int orThrow() {
            if (failure != null) {
                throw new PublishFailedException(published, failure);
            }
            return published;
        }
    }

    /** Some rows could not be published; those before them were. */
    static final class PublishFailedException extends RuntimeException {
        PublishFailedException(int published, Throwable cause) {
            super("published " + published + " rows, then: " + cause.getMessage(), cause);
        }
    }

    /**
     * Sends one outbox row to RabbitMQ, on the channel {@value #CHANNEL} (each service binds it to its own exchange),
     * and completes when the broker confirmed it. The connector's publish span is made a child of the span that raised
     * the event, in the context stored with the row, and the configured propagators write that context (traceparent,
     * tracestate, baggage) into the message's headers.
     */
    @ApplicationScoped
    public static class Publisher {

        public static final String CHANNEL = "outbox";

        private final MutinyEmitter<String> events;
        private final OutboxTrace trace;

        public Publisher(@Channel(CHANNEL) MutinyEmitter<String> events, OutboxTrace trace) {
            this.events = events;
            this.trace = trace;
        }

        public Uni<Void> publish(OutboxEvent row) {
            var metadata = OutgoingRabbitMQMetadata.builder()
                    .withRoutingKey(row.eventType)
                    .withMessageId(row.eventId.toString())
                    .withType(row.eventType)
                    .withContentType("application/json")
                    .withDeliveryMode(2)
                    .withTimestamp(row.occurredAt.atZone(ZoneOffset.UTC))
                    .build();
            var raisedIn = TracingMetadata.withCurrent(trace.of(row));
            return events.sendMessage(Message.of(row.envelope, Metadata.of(metadata, raisedIn)));
        }
    }
}
