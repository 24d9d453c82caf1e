package dev.oms.console.signin.oidc;

import dev.oms.console.ConsoleSettings;
import dev.oms.console.web.Problems;
import io.quarkus.logging.Log;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jose4j.jwt.consumer.InvalidJwtException;

/**
 * What the pages learn of a session kept in the cookie ({@code GET /console/session}: who, with which roles, until
 * when; the token itself stays in the cookie) and how it ends ({@code POST /console/sign-out}).
 */
@ApplicationScoped
public class Sessions {

    private final ConsoleSettings.Oidc settings;
    private final IdentityProvider provider;

    public Sessions(ConsoleSettings settings, IdentityProvider provider) {
        this.settings = settings.oidc();
        this.provider = provider;
    }

    void routes(@Observes Router router) {
        if (!settings.enabled()) {
            return;
        }
        router.get("/console/session").handler(this::describe);
        router.post("/console/sign-out").handler(this::signOut);
    }

    private void describe(RoutingContext context) {
        var cookie = context.request().getCookie(SessionCookie.NAME);
        if (cookie == null || cookie.getValue().isEmpty()) {
            Problems.send(context, 401, "Not signed in", "Sign in through your identity provider.");
            return;
        }
        provider.person(cookie.getValue())
                .onSuccess(person -> context.response()
                        .putHeader("Content-Type", "application/json")
                        .putHeader("Cache-Control", "no-store")
                        .end(new JsonObject()
                                .put("subject", person.subject())
                                .put("roles", person.roles())
                                .put("expiresAt", person.expiresAt().toString())
                                .encode()))
                .onFailure(failure -> {
                    if (failure instanceof InvalidJwtException) {
                        context.response().addCookie(SessionCookie.cleared(settings.secureCookies()));
                        Problems.send(context, 401, "Not signed in", "Your sign-in has expired. Sign in again.");
                    } else {
                        Log.warnf("a session could not be checked: %s", failure);
                        Problems.send(
                                context,
                                502,
                                "Identity provider unavailable",
                                "The console cannot check your sign-in right now. Try again in a moment.");
                    }
                });
    }

    private void signOut(RoutingContext context) {
        context.response()
                .addCookie(SessionCookie.cleared(settings.secureCookies()))
                .setStatusCode(204)
                .end();
    }
}
