package dev.oms.platform.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Receives a command's body before the command is admitted (ADR 10), so that a client uploading slowly holds a
 * connection but no admission slot, and for at most {@code oms.commands.body-timeout}: then it is answered 408 and
 * its connection closed. The REST layer reads the body received here instead of the connection.
 * <p>
 * Metrics: {@code oms.commands.uploading} (gauge) and {@code oms.commands.body-timeouts} (counter).
 */
final class CommandBody {

    private static final String ARRIVED = CommandBody.class.getName() + ".arrived";

    private final Vertx vertx;
    private final BodyHandler bodyHandler;
    private final Duration timeout;
    private final AtomicInteger uploading = new AtomicInteger();
    private final Counter timedOut;
    private final Refusal tooSlow;

    CommandBody(Vertx vertx, MeterRegistry metrics, long maxBodyBytes, Duration timeout, Refusal tooSlow) {
        this.vertx = vertx;
        this.bodyHandler = BodyHandler.create(false).setBodyLimit(maxBodyBytes);
        this.timeout = timeout;
        this.tooSlow = tooSlow;
        this.timedOut = metrics.counter("oms.commands.body-timeouts");
        metrics.gauge("oms.commands.uploading", uploading);
    }

    /** Reads the body, then goes on to the next route; or answers 408 if it does not arrive in time. */
    void receive(RoutingContext context) {
        uploading.incrementAndGet();
        var over = new AtomicBoolean();
        var timer = vertx.setTimer(timeout.toMillis(), id -> {
            if (over.compareAndSet(false, true)) {
                uploading.decrementAndGet();
                timedOut.increment();
                // the body handler would fail the request once the connection closes: it is answered already
                context.request().exceptionHandler(ignored -> {});
                tooSlow.answer(context);
            }
        });
        Runnable arrived = () -> {
            if (over.compareAndSet(false, true)) {
                uploading.decrementAndGet();
                vertx.cancelTimer(timer);
            }
        };
        context.put(ARRIVED, arrived);
        // the body too large, the connection gone: the request ends without reaching arrived()
        context.addEndHandler(ended -> arrived.run());
        bodyHandler.handle(context);
    }

    /** Whether the body was received in time; the route after {@link #receive} asks before anything else. */
    static boolean arrived(RoutingContext context) {
        Runnable arrived = context.get(ARRIVED);
        if (arrived != null) {
            arrived.run();
        }
        return !context.response().ended() && !context.response().closed();
    }
}
