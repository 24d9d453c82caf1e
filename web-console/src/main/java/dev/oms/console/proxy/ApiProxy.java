package dev.oms.console.proxy;

import dev.oms.console.ConsoleSettings;
import dev.oms.console.signin.oidc.SessionCookie;
import dev.oms.console.web.Problems;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.ConnectException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * Passes the pages' API calls to the service that owns them, from the console's own origin: the browser never talks
 * to a service directly, so the services need no CORS, and the console's Content-Security-Policy can stay {@code
 * default-src 'self'} (ADR 16). The call goes on as the browser made it (method, path, query, body and the headers a
 * command or a conditional read needs, the bearer token among them); the answer comes back as the service gave it,
 * problem details included. A service that cannot be reached is a 502 problem naming it; one that does not answer in
 * time, a 504. A person signed in through the identity provider has no token in the page: their calls carry the session
 * cookie, whose token becomes the Authorization header here (SessionCookie).
 */
@ApplicationScoped
public class ApiProxy {

    static final List<CharSequence> REQUEST_HEADERS = List.of(
            HttpHeaders.AUTHORIZATION,
            HttpHeaders.CONTENT_TYPE,
            HttpHeaders.ACCEPT,
            HttpHeaders.IF_MATCH,
            HttpHeaders.IF_NONE_MATCH,
            "Idempotency-Key");
    static final List<CharSequence> RESPONSE_HEADERS = List.of(
            HttpHeaders.CONTENT_TYPE,
            HttpHeaders.ETAG,
            HttpHeaders.LOCATION,
            HttpHeaders.RETRY_AFTER,
            "WWW-Authenticate",
            HttpHeaders.CACHE_CONTROL);

    private final HttpClient client;
    private final ConsoleSettings settings;

    public ApiProxy(Vertx vertx, ConsoleSettings settings) {
        this.settings = settings;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) settings.connectTimeout().toMillis())
                .setKeepAlive(true));
    }

    void routes(@Observes Router router) {
        var products = new Upstream("product-service", settings.productUrl());
        var orders = new Upstream("order-service", settings.orderUrl());
        route(router, "/api/products(/.*)?", products);
        route(router, "/api/orders(/.*)?", orders);
    }

    private void route(Router router, String paths, Upstream upstream) {
        router.routeWithRegex(paths)
                .handler(BodyHandler.create(false).setBodyLimit(settings.maxBodyBytes()))
                .handler(context -> forward(context, upstream))
                .failureHandler(ApiProxy::tooLarge);
    }

    /** The body handler refuses a body past the limit (declared or streamed) with a bare 413: made a problem here. */
    private static void tooLarge(RoutingContext context) {
        if (context.statusCode() == HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE.code()) {
            Problems.send(
                    context,
                    context.statusCode(),
                    "Request too large",
                    "The console passes on request bodies up to the size the services take.");
        } else {
            context.next();
        }
    }

    void close(@Observes ShutdownEvent stopping) {
        client.close();
    }

    private void forward(RoutingContext context, Upstream upstream) {
        var request = context.request();
        var options = new RequestOptions()
                .setMethod(request.method())
                .setAbsoluteURI(upstream.resolve(request.uri()))
                .setIdleTimeout(settings.requestTimeout().toMillis());
        var headers = MultiMap.caseInsensitiveMultiMap();
        REQUEST_HEADERS.forEach(name -> {
            var value = request.getHeader(name);
            if (value != null) {
                headers.add(name, value);
            }
        });
        if (!headers.contains(HttpHeaders.AUTHORIZATION) && request.getHeader(SessionCookie.MARK) != null) {
            var session = request.getCookie(SessionCookie.NAME);
            if (session != null && !session.getValue().isEmpty()) {
                headers.add(HttpHeaders.AUTHORIZATION, "Bearer " + session.getValue());
            }
        }
        options.setHeaders(headers);
        var body = context.body().buffer();
        client.request(options)
                .compose(call -> body == null || body.length() == 0 ? call.send() : call.send(body))
                .compose(answer -> answer.body().map(content -> new Answer(answer, content)))
                .onSuccess(answer -> answer.sendTo(context))
                .onFailure(failure -> unavailable(context, upstream, failure));
    }

    private static void unavailable(RoutingContext context, Upstream upstream, Throwable failure) {
        if (failure instanceof TimeoutException || failure.getCause() instanceof TimeoutException) {
            Problems.send(
                    context,
                    HttpResponseStatus.GATEWAY_TIMEOUT.code(),
                    "Service did not answer",
                    upstream.service() + " did not answer in time. Try again in a moment.");
            return;
        }
        Log.warnf(
                "%s unreachable for %s %s: %s",
                upstream.service(),
                context.request().method(),
                context.request().path(),
                failure);
        Problems.send(
                context,
                HttpResponseStatus.BAD_GATEWAY.code(),
                "Service unavailable",
                upstream.service() + " cannot be reached right now"
                        + (failure instanceof ConnectException
                                ? ""
                                : " (" + failure.getClass().getSimpleName() + ")")
                        + ". Try again in a moment.");
    }

    /** A service's whole answer, read before any of it is sent on. */
    private record Answer(HttpClientResponse response, Buffer body) {

        void sendTo(RoutingContext context) {
            var out = context.response().setStatusCode(response.statusCode());
            RESPONSE_HEADERS.forEach(name -> {
                var value = response.getHeader(name);
                if (value != null) {
                    out.putHeader(name, HttpHeaders.LOCATION.toString().contentEquals(name) ? relative(value) : value);
                }
            });
            out.end(body);
        }

        /** A Location the service wrote with its own host becomes one on the console's origin. */
        private static String relative(String location) {
            var uri = URI.create(location);
            if (!uri.isAbsolute()) {
                return location;
            }
            return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        }
    }
}
