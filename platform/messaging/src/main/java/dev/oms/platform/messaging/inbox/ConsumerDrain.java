package dev.oms.platform.messaging.inbox;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.time.Duration;

/**
 * A stopping replica finishes the messages it is handling instead of abandoning them half-way. Once the application
 * is told to stop, no new message is started: it stays unacknowledged and goes back to its queue when the channel
 * closes (which RabbitMQ 4.3 and later do not count towards the delivery limit). The stop then waits, up to
 * {@code oms.consumer.drain-timeout}, for the messages in flight. The channels close only after this (the connector
 * ends them when the application's beans are destroyed), so their outcomes still reach the broker.
 */
@ApplicationScoped
public class ConsumerDrain {

    private final Duration timeout;
    private int inFlight;
    private boolean draining;

    public ConsumerDrain(ConsumerSettings settings) {
        this.timeout = settings.drainTimeout();
    }

    /** Whether a message may be started now; if so, {@link #finished()} must follow once its outcome is settled. */
    synchronized boolean admit() {
        if (draining) {
            return false;
        }
        inFlight++;
        return true;
    }

    synchronized boolean admitsNow() {
        return !draining;
    }

    synchronized void finished() {
        inFlight--;
        if (inFlight == 0) {
            notifyAll();
        }
    }

    /** Before the messaging connector and the database pool are closed: the first of the shutdown observers. */
    void drain(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent stopping)
            throws InterruptedException {
        var left = awaitInFlight(System.nanoTime() + timeout.toNanos());
        if (left > 0) {
            Log.warnf(
                    "Stopping with %d messages still being handled after %s; the broker will deliver them again",
                    left, timeout);
        }
    }

    synchronized int awaitInFlight(long deadlineNanos) throws InterruptedException {
        draining = true;
        for (var wait = deadlineNanos - System.nanoTime();
                inFlight > 0 && wait > 0;
                wait = deadlineNanos - System.nanoTime()) {
            wait(Math.max(1, wait / 1_000_000));
        }
        return inFlight;
    }
}
