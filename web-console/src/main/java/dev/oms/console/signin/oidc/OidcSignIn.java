package dev.oms.console.signin.oidc;

import dev.oms.console.ConsoleSettings;
import io.quarkus.logging.Log;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.ConnectException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.concurrent.TimeoutException;
import org.jose4j.jwt.consumer.InvalidJwtException;

/**
 * Sign-in through the identity provider: OpenID Connect's authorization code flow with PKCE, the console being the
 * client (ADR 16). {@code /console/oidc/login} sends the browser to the provider; the provider sends it back to {@code
 * /console/oidc/callback} with a code, which the console exchanges for tokens, checks, and keeps as the session cookie.
 * A sign-in that fails comes back to the sign-in page with a reason the page puts into words; the provider's own words
 * are logged, never reflected. Both paths exist only where {@code oms.console.oidc.enabled} is true.
 */
@ApplicationScoped
public class OidcSignIn {

    static final String FLOW_COOKIE = "oms_console_sign_in";
    static final String CALLBACK = "/console/oidc/callback";
    private static final Duration FLOW_LIFESPAN = Duration.ofMinutes(10);

    private final ConsoleSettings.Oidc settings;
    private final IdentityProvider provider;
    private final Clock clock = Clock.systemUTC();

    public OidcSignIn(ConsoleSettings settings, IdentityProvider provider) {
        this.settings = settings.oidc();
        this.provider = provider;
    }

    void routes(@Observes Router router) {
        if (!settings.enabled()) {
            return;
        }
        if (settings.issuer().isEmpty() || settings.clientId().isEmpty()) {
            throw new IllegalStateException(
                    "oms.console.oidc.enabled is true: set oms.console.oidc.issuer and oms.console.oidc.client-id too");
        }
        router.get("/console/oidc/login").handler(this::login);
        router.get(CALLBACK).handler(this::callback);
    }

    private void login(RoutingContext context) {
        provider.metadata()
                .onSuccess(metadata -> {
                    var flow = SignInFlow.start();
                    var query = new LinkedHashMap<String, String>();
                    query.put("response_type", "code");
                    query.put("client_id", provider.clientId());
                    query.put("redirect_uri", redirectUri(context).toString());
                    query.put("scope", ("openid " + settings.scopes()).trim());
                    query.put("state", flow.state());
                    query.put("nonce", flow.nonce());
                    query.put("code_challenge", flow.challenge());
                    query.put("code_challenge_method", "S256");
                    var endpoint = metadata.authorizationEndpoint().toString();
                    context.response().addCookie(flowCookie(flow.cookieValue(), FLOW_LIFESPAN));
                    redirect(context, endpoint + (endpoint.contains("?") ? "&" : "?") + FormEncoding.of(query));
                })
                .onFailure(failure -> back(context, reason(failure), failure));
    }

    private void callback(RoutingContext context) {
        var request = context.request();
        var cookie = request.getCookie(FLOW_COOKIE);
        var flow = SignInFlow.fromCookie(cookie == null ? null : cookie.getValue());
        context.response().addCookie(flowCookie("", Duration.ZERO));
        if (flow.isEmpty() || !flow.get().answers(request.getParam("state"))) {
            back(context, "expired", null);
            return;
        }
        if (request.getParam("error") != null) {
            Log.infof(
                    "the identity provider refused a sign-in: %s %s",
                    request.getParam("error"), request.getParam("error_description"));
            back(context, "refused", null);
            return;
        }
        var code = request.getParam("code");
        if (code == null || code.isBlank()) {
            back(context, "failed", new IllegalStateException("the provider sent no code"));
            return;
        }
        provider.exchange(code, flow.get(), redirectUri(context))
                .compose(tokens -> provider.signedIn(tokens, flow.get())
                        .map(person -> SessionCookie.holding(
                                tokens.accessToken(),
                                Duration.between(clock.instant(), person.expiresAt()),
                                settings.secureCookies())))
                .onSuccess(session -> {
                    context.response().addCookie(session);
                    redirect(context, "/index.html");
                })
                .onFailure(failure -> back(context, reason(failure), failure));
    }

    private URI redirectUri(RoutingContext context) {
        return settings.redirectUri().orElseGet(() -> {
            var request = context.request();
            return URI.create(request.scheme() + "://" + request.authority() + CALLBACK);
        });
    }

    private Cookie flowCookie(String value, Duration lifespan) {
        // Lax, not Strict: the provider's redirect back is a navigation from another site, which must carry it
        return Cookie.cookie(FLOW_COOKIE, value)
                .setPath("/console/oidc")
                .setHttpOnly(true)
                .setSecure(settings.secureCookies())
                .setSameSite(CookieSameSite.LAX)
                .setMaxAge(lifespan.toSeconds());
    }

    private static String reason(Throwable failure) {
        if (failure instanceof ConnectException
                || failure instanceof TimeoutException
                || failure.getCause() instanceof TimeoutException) {
            return "unavailable";
        }
        return "failed";
    }

    private static void back(RoutingContext context, String reason, Throwable failure) {
        if (failure != null) {
            Log.warnf("a sign-in through the identity provider failed (%s): %s", reason, describe(failure));
        }
        redirect(context, "/index.html?sign-in=" + reason);
    }

    private static String describe(Throwable failure) {
        return failure instanceof InvalidJwtException invalid
                ? "a token was refused: " + invalid.getOriginalMessage()
                : failure.toString();
    }

    private static void redirect(RoutingContext context, String location) {
        context.response()
                .setStatusCode(303)
                .putHeader(HttpHeaders.LOCATION, location)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end();
    }
}
