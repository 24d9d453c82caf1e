package dev.oms.console.signin.oidc;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import java.time.Duration;

/**
 * The access token of a person signed in through the provider, kept where the pages' scripts cannot read it: an
 * HttpOnly cookie, sent only to this console (SameSite=Strict) and turned into the {@code Authorization} header of the
 * calls the console passes on (ApiProxy). The pages mark their calls with {@link #MARK}, a header no other site can
 * make a browser send here, so the cookie alone authorises nothing (a form posted from another site of the same
 * registrable domain carries the cookie, not the header).
 */
public final class SessionCookie {

    public static final String NAME = "oms_console_session";
    public static final String MARK = "X-OMS-Console";

    private SessionCookie() {}

    static Cookie holding(String accessToken, Duration lifespan, boolean secure) {
        return Cookie.cookie(NAME, accessToken)
                .setPath("/")
                .setHttpOnly(true)
                .setSecure(secure)
                .setSameSite(CookieSameSite.STRICT)
                .setMaxAge(Math.max(0, lifespan.toSeconds()));
    }

    static Cookie cleared(boolean secure) {
        return holding("", Duration.ZERO, secure);
    }
}
