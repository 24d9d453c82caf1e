package dev.oms.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The admission limit on this service's commands (ADR 10): at most {@code oms.commands.max-in-flight} POST, PUT,
 * PATCH and DELETE requests to the API are carried out at once, and only a caller's whose token is valid and whose
 * body has arrived holds one of these slots. A command passes four routes:
 * <ol>
 * <li>first of all: with every slot taken it is answered 503 with {@code Retry-After} at once; without a bearer token
 * 401 at once (every command needs one), its connection closed. Both cost a header look-up and a short write.</li>
 * <li>after Quarkus's authentication route: its token is verified (the identity the REST layer then reuses); an
 * invalid one is answered 401.</li>
 * <li>its body is received within {@code oms.commands.body-timeout} ({@link CommandBody}), holding no slot.</li>
 * <li>it takes a slot, or is answered 503 if none is left, and gives it back when its response is sent or its
 * connection is gone.</li>
 * </ol>
 * So neither anonymous clients nor slow uploads can take the capacity of the callers whose commands are ready. Nothing
 * was done for a refused command, so a client may send it again. Queries are not limited.
 * <p>
 * Metrics: {@code oms.commands.in-flight} (gauge: commands holding a slot), {@code oms.commands.refused} (counter:
 * answered 503), and those of {@link CommandBody}.
 */
@ApplicationScoped
public class CommandAdmission {

    private static final Set<HttpMethod> COMMANDS =
            Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
    /** Between authentication (which, not proactive, only prepares the identity) and path authorization. */
    private static final int AFTER_AUTHENTICATION = -(SecurityHandlerPriorities.AUTHENTICATION - 10);

    private final AtomicInteger inFlight = new AtomicInteger();
    private final int maxInFlight;
    private final Counter refused;
    private final Refusal full;
    private final Refusal unauthenticated;
    private final Refusal invalidToken;
    private final CommandBody body;

    public CommandAdmission(
            ObjectMapper json,
            MeterRegistry metrics,
            CommandSettings settings,
            Vertx vertx,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBody) {
        this.maxInFlight = settings.maxInFlight();
        this.refused = metrics.counter("oms.commands.refused");
        metrics.gauge("oms.commands.in-flight", inFlight);
        this.full = Refusal.of(
                json,
                ProblemType.TOO_MANY_COMMANDS.problem("Too many commands are in progress; this one was not carried "
                        + "out. Retry after the Retry-After delay."),
                "Retry-After",
                "1");
        // the same answers as ProblemMappers gives; the connection closes so that a body still coming is not read
        this.unauthenticated = Refusal.of(
                json,
                ProblemType.UNAUTHENTICATED.problem("This endpoint needs a bearer token"),
                "WWW-Authenticate",
                "Bearer",
                "Connection",
                "close");
        this.invalidToken = Refusal.of(
                json,
                ProblemType.INVALID_TOKEN.problem("The bearer token is invalid or expired"),
                "WWW-Authenticate",
                "Bearer error=\"invalid_token\"",
                "Connection",
                "close");
        var tooSlow = Refusal.of(
                json,
                ProblemType.BODY_TOO_SLOW.problem("The request body did not arrive within "
                        + settings.bodyTimeout().toMillis() + " ms; nothing was done"),
                "Connection",
                "close");
        this.body = new CommandBody(vertx, metrics, maxBody.asLongValue(), settings.bodyTimeout(), tooSlow);
    }

    void limitCommands(@Observes Router router) {
        // after the body-size guard (HostileInputGuard), before authentication and the REST layer
        router.route("/api/*").order(Integer.MIN_VALUE + 1).handler(this::screen);
        router.route("/api/*").order(AFTER_AUTHENTICATION).handler(this::authenticate);
        router.route("/api/*").order(AFTER_AUTHENTICATION + 1).handler(this::receiveBody);
        router.route("/api/*").order(AFTER_AUTHENTICATION + 2).handler(this::admit);
    }

    void screen(RoutingContext context) {
        if (!isCommand(context)) {
            context.next();
        } else if (inFlight.get() >= maxInFlight) {
            refuse(context);
        } else if (!hasBearerToken(context)) {
            unauthenticated.answer(context);
        } else {
            context.next();
        }
    }

    void authenticate(RoutingContext context) {
        if (!isCommand(context)) {
            context.next();
            return;
        }
        // held until the body handler reads it: a body arriving while the token is checked would otherwise be dropped
        if (!context.request().isEnded()) {
            context.request().pause();
        }
        var vertxContext = Vertx.currentContext();
        QuarkusHttpUser.getSecurityIdentity(context, null)
                .subscribe()
                .with(
                        identity -> vertxContext.runOnContext(ignored -> authenticated(context, identity)),
                        failure -> vertxContext.runOnContext(ignored -> invalidToken.answer(context)));
    }

    private void authenticated(RoutingContext context, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            unauthenticated.answer(context);
        } else {
            context.next();
        }
    }

    void receiveBody(RoutingContext context) {
        // Quarkus REST pauses an HTTP/2 request it is given, which fails once its body has been read: an HTTP/2
        // command's body is read by the REST layer, inside its slot, as before (ADR 10)
        if (isCommand(context) && context.request().version() != HttpVersion.HTTP_2) {
            body.receive(context);
        } else {
            context.next();
        }
    }

    void admit(RoutingContext context) {
        if (!isCommand(context)) {
            context.next();
            return;
        }
        if (!CommandBody.arrived(context)) {
            return;
        }
        if (inFlight.incrementAndGet() > maxInFlight) {
            inFlight.decrementAndGet();
            refuse(context);
            return;
        }
        // called once the response is sent, or the connection is gone
        context.addEndHandler(ended -> inFlight.decrementAndGet());
        context.next();
    }

    private void refuse(RoutingContext context) {
        refused.increment();
        full.answer(context);
    }

    private static boolean isCommand(RoutingContext context) {
        return COMMANDS.contains(context.request().method());
    }

    private static boolean hasBearerToken(RoutingContext context) {
        var authorization = context.request().getHeader("Authorization");
        return authorization != null
                && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && authorization.length() > 7;
    }
}
