package dev.oms.console.signin.oidc;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * A stand-in OpenID Connect provider (discovery, authorization, token and key endpoints) that signs in whoever {@link
 * #person} names without asking, and checks what a real provider checks of the client: its secret, the redirect URI
 * and PKCE's verifier. A test can make it refuse, or answer with tokens a console must not accept.
 */
public class StandInProvider implements QuarkusTestResourceLifecycleManager {

    static final String CLIENT_ID = "oms-console";
    static final String CLIENT_SECRET = "stand-in-secret";

    /** What the provider does wrong next, if anything. */
    enum Fault {
        NONE,
        REFUSE_AUTHORIZATION,
        ANOTHER_NONCE,
        ANOTHER_KEY,
        ANOTHER_AUDIENCE
    }

    record Person(String subject, List<String> roles) {}

    private record Grant(String redirectUri, String challenge, String nonce, Person person) {}

    static volatile Person person = new Person("customer-7", List.of("customer"));
    static volatile Fault fault = Fault.NONE;
    static volatile String issuer;
    static final List<String> REFUSALS = new CopyOnWriteArrayList<>();

    private static final Map<String, Grant> GRANTS = new ConcurrentHashMap<>();
    private static RsaJsonWebKey key;
    private static RsaJsonWebKey otherKey;
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId("stand-in-1");
            otherKey = RsaJwkGenerator.generateJwk(2048);
            otherKey.setKeyId("stand-in-1");
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/oms";
        server.createContext("/realms/oms/.well-known/openid-configuration", StandInProvider::discovery);
        server.createContext("/realms/oms/authorize", StandInProvider::authorize);
        server.createContext("/realms/oms/token", StandInProvider::token);
        server.createContext("/realms/oms/keys", StandInProvider::keys);
        server.start();
        return Map.of(
                "oms.console.oidc.enabled", "true",
                "oms.console.oidc.issuer", issuer,
                "oms.console.oidc.client-id", CLIENT_ID,
                "oms.console.oidc.client-secret", CLIENT_SECRET,
                "oms.console.sign-in.enabled", "false");
    }

    @Override
    public void stop() {
        server.stop(0);
    }

    private static void discovery(HttpExchange exchange) throws IOException {
        json(
                exchange,
                200,
                new JsonObject()
                        .put("issuer", issuer)
                        .put("authorization_endpoint", issuer + "/authorize")
                        .put("token_endpoint", issuer + "/token")
                        .put("jwks_uri", issuer + "/keys")
                        .put("code_challenge_methods_supported", new JsonArray().add("S256")));
    }

    private static void keys(HttpExchange exchange) throws IOException {
        var jwk = new JsonObject(key.toJson(RsaJsonWebKey.OutputControlLevel.PUBLIC_ONLY));
        json(exchange, 200, new JsonObject().put("keys", new JsonArray().add(jwk)));
    }

    /** Signs the person in at once and sends the browser back with a code (or with a refusal). */
    private static void authorize(HttpExchange exchange) throws IOException {
        var query = form(exchange.getRequestURI().getRawQuery());
        var answer =
                new StringBuilder(query.get("redirect_uri")).append("?state=").append(encode(query.get("state")));
        if (fault == Fault.REFUSE_AUTHORIZATION) {
            answer.append("&error=access_denied&error_description=").append(encode("<script>not shown</script>"));
        } else if (CLIENT_ID.equals(query.get("client_id"))
                && "code".equals(query.get("response_type"))
                && "S256".equals(query.get("code_challenge_method"))) {
            var code = UUID.randomUUID().toString();
            GRANTS.put(
                    code,
                    new Grant(query.get("redirect_uri"), query.get("code_challenge"), query.get("nonce"), person));
            answer.append("&code=").append(code);
        } else {
            answer.append("&error=invalid_request");
        }
        exchange.getResponseHeaders().add("Location", answer.toString());
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static void token(HttpExchange exchange) throws IOException {
        var request = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        var basic = "Basic "
                + Base64.getEncoder()
                        .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        var grant = GRANTS.remove(String.valueOf(request.get("code")));
        String refusal = null;
        if (!basic.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            refusal = "invalid_client";
        } else if (grant == null || !"authorization_code".equals(request.get("grant_type"))) {
            refusal = "invalid_grant";
        } else if (!grant.redirectUri().equals(request.get("redirect_uri"))) {
            refusal = "invalid_grant: redirect_uri";
        } else if (!grant.challenge().equals(challenge(request.get("code_verifier")))) {
            refusal = "invalid_grant: code_verifier";
        }
        if (refusal != null) {
            REFUSALS.add(refusal);
            json(exchange, 400, new JsonObject().put("error", refusal));
            return;
        }
        try {
            var nonce = fault == Fault.ANOTHER_NONCE ? "not-the-flows" : grant.nonce();
            var audience = fault == Fault.ANOTHER_AUDIENCE ? "another-client" : CLIENT_ID;
            json(
                    exchange,
                    200,
                    new JsonObject()
                            .put("token_type", "Bearer")
                            .put("expires_in", 300)
                            .put("access_token", accessToken(grant.person()))
                            .put("id_token", idToken(grant.person(), nonce, audience)));
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An access token as the provider issues it: for the services (audience oms), roles in groups. */
    static String accessToken(Person person) throws JoseException {
        var claims = claims(person.subject());
        claims.setAudience("oms");
        claims.setStringListClaim("groups", person.roles());
        claims.setClaim("upn", person.subject());
        return sign(claims);
    }

    private static String idToken(Person person, String nonce, String audience) throws JoseException {
        var claims = claims(person.subject());
        claims.setAudience(audience);
        claims.setClaim("nonce", nonce);
        return sign(claims);
    }

    private static JwtClaims claims(String subject) {
        var claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(subject);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(5);
        return claims;
    }

    private static String sign(JwtClaims claims) throws JoseException {
        var signer = fault == Fault.ANOTHER_KEY ? otherKey : key;
        var jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(signer.getPrivateKey());
        jws.setKeyIdHeaderValue(signer.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }

    private static String challenge(String verifier) {
        if (verifier == null) {
            return null;
        }
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> form(String encoded) {
        var values = new HashMap<String, String>();
        if (encoded == null) {
            return values;
        }
        for (var pair : encoded.split("&")) {
            var at = pair.indexOf('=');
            if (at > 0) {
                values.put(
                        URLDecoder.decode(pair.substring(0, at), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(at + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    private static void json(HttpExchange exchange, int status, JsonObject body) throws IOException {
        var bytes = body.encode().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
