package dev.oms.console;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Where the services are, and whether people may sign in here without an identity provider. The settings that deployments
 * set have their defaults in application.properties.
 */
@ConfigMapping(prefix = "oms.console")
public interface ConsoleSettings {

    /** product-service's base URL, as this console reaches it (in compose: http://product-service:8081). */
    URI productUrl();

    /** order-service's base URL, as this console reaches it. */
    URI orderUrl();

    /** How long a connection to a service may take before the page is told the service is unavailable. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** How long a service may stay silent on an answer before the page is told it timed out. */
    @WithDefault("10s")
    Duration requestTimeout();

    /** The largest request body passed on (the services refuse larger ones themselves). */
    @WithDefault("65536")
    int maxBodyBytes();

    SignIn signIn();

    Oidc oidc();

    /**
     * The development sign-in: a token for any name and roles, signed with a key this console holds. For development
     * and local runs only (ADR 16); off unless enabled.
     */
    interface SignIn {

        boolean enabled();

        /** The private key the tokens are signed with (PEM, PKCS#8): a file path, or classpath:NAME. */
        Optional<String> keyLocation();

        /** The issuer the services verify (mp.jwt.verify.issuer there). */
        String issuer();

        /** The audience the services want (mp.jwt.verify.audiences there). */
        String audience();

        @WithDefault("1h")
        Duration tokenLifespan();
    }

    /**
     * Sign-in through the identity provider the services trust: OpenID Connect's authorization code flow with PKCE,
     * the console as the client (ADR 16). Off unless enabled; enabled, it needs the issuer and the client id. Defaults
     * in application.properties.
     */
    interface Oidc {

        boolean enabled();

        /** The provider's issuer URL; its discovery document is read from {@code /.well-known/openid-configuration}. */
        Optional<URI> issuer();

        /** This console's client id at the provider. */
        Optional<String> clientId();

        /** The client secret, for a confidential client (sent as HTTP Basic); none for a public client. */
        Optional<String> clientSecret();

        /** Scopes asked for besides {@code openid}, space-separated. */
        String scopes();

        /**
         * The callback URL registered at the provider, {@code https://console.example.com/console/oidc/callback}. Without
         * it the console derives it from the request's own origin (fine behind a proxy that keeps the Host header).
         */
        Optional<URI> redirectUri();

        /** The claim of the access token that lists the person's roles (as the services read them). */
        String rolesClaim();

        /**
         * Cookies only over HTTPS (browsers accept them from http://localhost too). Off only for a console reached over
         * plain HTTP on another host, which is not a deployment to sign in to.
         */
        boolean secureCookies();
    }
}
