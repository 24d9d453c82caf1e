package dev.oms.console.signin.oidc;

import dev.oms.console.ConsoleSettings;
import dev.oms.console.signin.Role;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;
import org.jose4j.lang.UnresolvableKeyException;

/**
 * The console's side of the identity provider: its discovery document and signing keys (both read once and kept; the
 * keys read again when a token names one not yet known, as after a rotation), the code exchange, and the checks of
 * the tokens it answers with.
 */
@ApplicationScoped
public class IdentityProvider {

    private static final Duration KEYS_REREAD_AT_MOST_EVERY = Duration.ofSeconds(30);
    private static final AlgorithmConstraints SIGNATURES = new AlgorithmConstraints(
            AlgorithmConstraints.ConstraintType.PERMIT,
            AlgorithmIdentifiers.RSA_USING_SHA256,
            AlgorithmIdentifiers.RSA_USING_SHA384,
            AlgorithmIdentifiers.RSA_USING_SHA512,
            AlgorithmIdentifiers.RSA_PSS_USING_SHA256,
            AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256,
            AlgorithmIdentifiers.ECDSA_USING_P384_CURVE_AND_SHA384);

    private final ConsoleSettings.Oidc settings;
    private final Duration requestTimeout;
    private final HttpClient client;
    private final Clock clock = Clock.systemUTC();
    private volatile Future<ProviderMetadata> metadata;
    private volatile Future<JsonWebKeySet> keys;
    private volatile Instant keysReadAt = Instant.EPOCH;

    public IdentityProvider(Vertx vertx, ConsoleSettings settings) {
        this.settings = settings.oidc();
        this.requestTimeout = settings.requestTimeout();
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) settings.connectTimeout().toMillis()));
    }

    void close(@Observes ShutdownEvent stopping) {
        client.close();
    }

    public String clientId() {
        return settings.clientId()
                .orElseThrow(() -> new IllegalStateException("oms.console.oidc.client-id is not set"));
    }

    /** The discovery document, read once (again after a failed read). */
    Future<ProviderMetadata> metadata() {
        var known = metadata;
        if (known == null || known.failed()) {
            var issuer = settings.issuer()
                    .orElseThrow(() -> new IllegalStateException("oms.console.oidc.issuer is not set"));
            var discovery = URI.create(issuer.toString().replaceAll("/$", "") + "/.well-known/openid-configuration");
            known = json(new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(discovery.toString()), null)
                    .map(document -> ProviderMetadata.from(document, issuer));
            metadata = known;
        }
        return known;
    }

    /** Exchanges the authorization code for tokens (RFC 6749 4.1.3, with PKCE's verifier). */
    Future<Tokens> exchange(String code, SignInFlow flow, URI redirectUri) {
        return metadata()
                .compose(provider -> {
                    var form = new LinkedHashMap<String, String>();
                    form.put("grant_type", "authorization_code");
                    form.put("code", code);
                    form.put("redirect_uri", redirectUri.toString());
                    form.put("code_verifier", flow.verifier());
                    form.put("client_id", clientId());
                    var headers = MultiMap.caseInsensitiveMultiMap()
                            .add(HttpHeaders.CONTENT_TYPE, "application/x-www-form-urlencoded")
                            .add(HttpHeaders.ACCEPT, "application/json");
                    settings.clientSecret().ifPresent(secret -> headers.add(HttpHeaders.AUTHORIZATION, basic(secret)));
                    var request = new RequestOptions()
                            .setMethod(HttpMethod.POST)
                            .setAbsoluteURI(provider.tokenEndpoint().toString())
                            .setHeaders(headers);
                    return json(request, Buffer.buffer(FormEncoding.of(form)));
                })
                .map(answer -> {
                    var accessToken = answer.getString("access_token");
                    var idToken = answer.getString("id_token");
                    if (accessToken == null || idToken == null) {
                        throw new IllegalStateException(
                                "the token endpoint answered without an access token or ID token");
                    }
                    return new Tokens(accessToken, idToken);
                });
    }

    /**
     * The ID token must be the provider's, for this console, for this flow (its nonce), and unexpired; the access token
     * the provider's and unexpired (its audience is for the services to check). The person is read from the access
     * token, since that is what the services will act on.
     */
    Future<SignedInPerson> signedIn(Tokens tokens, SignInFlow flow) {
        return claims(tokens.idToken(), clientId()).compose(idToken -> {
            if (!flow.nonce().equals(idToken.getClaimValue("nonce"))) {
                return Future.failedFuture(new IllegalStateException("the ID token's nonce is not this sign-in's"));
            }
            return person(tokens.accessToken());
        });
    }

    /** The person a session's access token speaks for, once it is verified. */
    public Future<SignedInPerson> person(String accessToken) {
        return claims(accessToken, null).map(this::person);
    }

    private SignedInPerson person(JwtClaims claims) {
        try {
            var roles = claims.hasClaim(settings.rolesClaim())
                    ? claims.getStringListClaimValue(settings.rolesClaim())
                    : List.<String>of();
            return new SignedInPerson(
                    Objects.requireNonNullElse(claims.getClaimValueAsString("upn"), claims.getSubject()),
                    roles.stream().filter(role -> Role.named(role).isPresent()).toList(),
                    Instant.ofEpochSecond(claims.getExpirationTime().getValue()));
        } catch (MalformedClaimException malformed) {
            throw new IllegalStateException("the access token's claims are malformed: " + malformed.getMessage());
        }
    }

    private Future<JwtClaims> claims(String jwt, String audience) {
        return metadata()
                .compose(provider -> keys(false).compose(known -> {
                    try {
                        return Future.succeededFuture(verify(jwt, audience, provider, known));
                    } catch (InvalidJwtException invalid) {
                        if (!(invalid.getCause() instanceof UnresolvableKeyException) || !keysMayBeReread()) {
                            return Future.failedFuture(invalid);
                        }
                        return keys(true).compose(reread -> {
                            try {
                                return Future.succeededFuture(verify(jwt, audience, provider, reread));
                            } catch (InvalidJwtException stillInvalid) {
                                return Future.failedFuture(stillInvalid);
                            }
                        });
                    }
                }));
    }

    private JwtClaims verify(String jwt, String audience, ProviderMetadata provider, JsonWebKeySet keySet)
            throws InvalidJwtException {
        var consumer = new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setRequireSubject()
                .setAllowedClockSkewInSeconds(30)
                .setExpectedIssuer(provider.issuer().toString())
                .setJwsAlgorithmConstraints(SIGNATURES)
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(keySet.getJsonWebKeys()));
        if (audience == null) {
            consumer.setSkipDefaultAudienceValidation();
        } else {
            consumer.setExpectedAudience(audience);
        }
        return consumer.build().processToClaims(jwt);
    }

    private boolean keysMayBeReread() {
        return Duration.between(keysReadAt, clock.instant()).compareTo(KEYS_REREAD_AT_MOST_EVERY) > 0;
    }

    private Future<JsonWebKeySet> keys(boolean reread) {
        var known = keys;
        if (reread || known == null || known.failed()) {
            keysReadAt = clock.instant();
            known = metadata()
                    .compose(provider -> json(
                            new RequestOptions()
                                    .setMethod(HttpMethod.GET)
                                    .setAbsoluteURI(provider.jwksUri().toString()),
                            null))
                    .map(document -> {
                        try {
                            return new JsonWebKeySet(document.encode());
                        } catch (JoseException unreadable) {
                            throw new IllegalStateException("the provider's key set cannot be read: " + unreadable);
                        }
                    });
            keys = known;
        }
        return known;
    }

    private Future<JsonObject> json(RequestOptions request, Buffer body) {
        request.setIdleTimeout(requestTimeout.toMillis());
        if (request.getHeaders() == null) {
            request.setHeaders(MultiMap.caseInsensitiveMultiMap().add(HttpHeaders.ACCEPT, "application/json"));
        }
        return client.request(request)
                .compose(call -> body == null ? call.send() : call.send(body))
                .compose(answer -> answer.body().map(content -> {
                    if (answer.statusCode() != 200) {
                        throw new ProviderRefusal(request.getURI(), answer.statusCode(), content.toString());
                    }
                    return new JsonObject(content);
                }));
    }

    private String basic(String secret) {
        var pair = FormEncoding.encode(clientId()) + ":" + FormEncoding.encode(secret);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    /** The provider answered, but not with what was asked (a refused code, an unknown client, a missing page). */
    static final class ProviderRefusal extends RuntimeException {
        ProviderRefusal(String uri, int status, String body) {
            super(uri + " answered " + status + ": " + body.substring(0, Math.min(body.length(), 300)));
        }
    }
}
