package dev.oms.order.support;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/**
 * Bearer tokens as the identity provider would issue them, signed with the development key (a copy in
 * src/test/resources/dev-jwt, the one the test profile trusts), plus the broken ones the API must refuse.
 */
public final class Tokens {

    public static final String ISSUER = "https://oms.dev.local";
    public static final String CUSTOMER = "customer";
    public static final String FULFILMENT = "fulfilment";

    private static final PrivateKey DEV_KEY = devKey();

    private Tokens() {}

    /** A request by this customer (the token's subject is the customer id). */
    public static RequestSpecification asCustomer(String customerId) {
        return given().auth().oauth2(customer(customerId));
    }

    /** A request by fulfilment staff, who see every order. */
    public static RequestSpecification asFulfilment() {
        return given().auth().oauth2(fulfilment());
    }

    public static String customer(String customerId) {
        return valid(customerId, CUSTOMER);
    }

    public static String fulfilment() {
        return valid("picker-1", FULFILMENT);
    }

    public static String valid(String subject, String... roles) {
        return sign(subject, ISSUER, Instant.now(), Duration.ofHours(1), DEV_KEY, roles);
    }

    /** Expired an hour ago, otherwise valid. */
    public static String expired(String subject, String... roles) {
        return sign(subject, ISSUER, Instant.now().minus(Duration.ofHours(2)), Duration.ofHours(1), DEV_KEY, roles);
    }

    /** Signed with a key pair made just now, which no service trusts. */
    public static String wronglySigned(String subject, String... roles) {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return sign(
                    subject,
                    ISSUER,
                    Instant.now(),
                    Duration.ofHours(1),
                    generator.generateKeyPair().getPrivate(),
                    roles);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String fromIssuer(String issuer, String subject, String... roles) {
        return sign(subject, issuer, Instant.now(), Duration.ofHours(1), DEV_KEY, roles);
    }

    private static String sign(
            String subject, String issuer, Instant issuedAt, Duration ttl, PrivateKey key, String... roles) {
        return Jwt.issuer(issuer)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(roles))
                .issuedAt(issuedAt)
                .expiresAt(issuedAt.plus(ttl))
                .jws()
                .keyId("dev")
                .sign(key);
    }

    private static PrivateKey devKey() {
        try (var pem = Tokens.class.getResourceAsStream("/dev-jwt/dev-private-key.pem")) {
            var body = new String(pem.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
