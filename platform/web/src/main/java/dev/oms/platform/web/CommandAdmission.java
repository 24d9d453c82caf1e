package dev.oms.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The admission limit on this service's commands (ADR 10): at most {@code oms.commands.max-in-flight} POST, PUT, PATCH
 * and DELETE requests to the API are in progress at once. One more is answered 503 with {@code Retry-After} and a
 * problem at once, before its token is checked or its body read, so that refusing a flood costs next to nothing and
 * the admitted commands keep the CPU and the database pool. Nothing was done for a refused command, so a client may
 * send it again. Queries are not limited.
 * <p>
 * Metrics: {@code oms.commands.in-flight} (gauge) and {@code oms.commands.refused} (counter).
 */
@ApplicationScoped
public class CommandAdmission {

    private static final Set<HttpMethod> COMMANDS =
            Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private final AtomicInteger inFlight = new AtomicInteger();
    private final int maxInFlight;
    private final Counter refused;
    private final byte[] refusal;

    public CommandAdmission(ObjectMapper json, MeterRegistry metrics, CommandSettings settings)
            throws JsonProcessingException {
        this.maxInFlight = settings.maxInFlight();
        this.refused = metrics.counter("oms.commands.refused");
        metrics.gauge("oms.commands.in-flight", inFlight);
        this.refusal = json.writeValueAsBytes(ProblemType.TOO_MANY_COMMANDS.problem(
                "Too many commands are in progress; this one was not carried out. Retry after the Retry-After delay."));
    }

    void limitCommands(@Observes Router router) {
        // after the body-size guard, before authentication and the REST layer
        router.route("/api/*").order(Integer.MIN_VALUE + 1).handler(this::admit);
    }

    void admit(RoutingContext context) {
        if (!COMMANDS.contains(context.request().method())) {
            context.next();
            return;
        }
        if (inFlight.incrementAndGet() > maxInFlight) {
            inFlight.decrementAndGet();
            refused.increment();
            context.response()
                    .setStatusCode(503)
                    .putHeader("Retry-After", "1")
                    .putHeader("Content-Type", ProblemDetail.MEDIA_TYPE)
                    .end(Buffer.buffer(refusal));
            return;
        }
        // called once the response is sent, or the connection is gone
        context.addEndHandler(ended -> inFlight.decrementAndGet());
        context.next();
    }
}
