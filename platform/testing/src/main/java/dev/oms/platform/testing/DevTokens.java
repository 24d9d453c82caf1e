package dev.oms.platform.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The one minter of development bearer tokens: RS256 JWTs as an identity provider would issue them (roles in
 * {@code groups}, the caller in {@code sub} and {@code upn}, the API in {@code aud}), signed with the development key of dev/jwt that only the
 * dev and test profiles trust, plus the broken tokens an API must refuse. JDK only, in one file, so that
 * scripts/token.sh runs it as a source-file program and every test module (services, system tests, benchmarks) uses
 * the same class.
 */
public final class DevTokens {

    public static final String DEV_ISSUER = "https://oms.dev.local";
    /** The audience both services require by default (mp.jwt.verify.audiences). */
    public static final String OMS_AUDIENCE = "oms";

    private final PrivateKey key;
    private final String issuer;
    private final String audience;

    private DevTokens(PrivateKey key, String issuer) {
        this(key, issuer, OMS_AUDIENCE);
    }

    private DevTokens(PrivateKey key, String issuer, String audience) {
        this.key = key;
        this.issuer = issuer;
        this.audience = audience;
    }

    /** Signs with the PEM (PKCS#8) key at this path. */
    public static DevTokens signedWith(Path pem, String issuer) {
        try {
            return new DevTokens(privateKey(Files.readString(pem)), issuer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signs with the development key as a test's classpath carries it ({@code /dev-jwt/dev-private-key.pem}). */
    public static DevTokens fromClasspath() {
        try (InputStream pem = DevTokens.class.getResourceAsStream("/dev-jwt/dev-private-key.pem")) {
            if (pem == null) {
                throw new IllegalStateException("no /dev-jwt/dev-private-key.pem on the classpath");
            }
            return new DevTokens(privateKey(new String(pem.readAllBytes(), StandardCharsets.US_ASCII)), DEV_ISSUER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signed with a key pair made just now, which no service trusts. */
    public static DevTokens withAnUntrustedKey() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new DevTokens(generator.generateKeyPair().getPrivate(), DEV_ISSUER);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same key, another issuer. */
    public DevTokens issuedBy(String otherIssuer) {
        return new DevTokens(key, otherIssuer, audience);
    }

    /** The same key and issuer, meant for another application. */
    public DevTokens forAudience(String otherAudience) {
        return new DevTokens(key, issuer, otherAudience);
    }

    /** Valid for an hour from now. */
    public String token(String subject, String... roles) {
        return token(subject, Instant.now(), Duration.ofHours(1), roles);
    }

    /** Expired an hour ago, otherwise valid. */
    public String expired(String subject, String... roles) {
        return token(subject, Instant.now().minus(Duration.ofHours(2)), Duration.ofHours(1), roles);
    }

    public String token(String subject, Instant issuedAt, Duration ttl, String... roles) {
        var groups = Arrays.stream(roles).map(role -> '"' + json(role) + '"').collect(Collectors.joining(","));
        var claims =
                ("{\"iss\":\"%s\",\"aud\":\"%s\",\"sub\":\"%s\",\"upn\":\"%s\",\"groups\":[%s],\"iat\":%d,\"exp\":%d,"
                                + "\"jti\":\"%s\"}")
                        .formatted(
                                json(issuer),
                                json(audience),
                                json(subject),
                                json(subject),
                                groups,
                                issuedAt.getEpochSecond(),
                                issuedAt.plus(ttl).getEpochSecond(),
                                UUID.randomUUID());
        var header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"dev\"}";
        var signingInput = base64Url(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64Url(claims.getBytes(StandardCharsets.UTF_8));
        try {
            var rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + base64Url(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code java DevTokens.java SUBJECT [ROLE,ROLE...] [--ttl SECONDS] [--issuer ISS] [--audience AUD] [--key PEM]}:
     * prints a token (scripts/token.sh). Without {@code --key}, the key is {@code $JWT_PRIVATE_KEY_FILE}, else the
     * development key.
     */
    public static void main(String[] args) {
        if (args.length == 0 || args[0].startsWith("-")) {
            System.err.println(
                    "usage: scripts/token.sh SUBJECT [ROLE,ROLE...] [--ttl SECONDS] [--issuer ISS] [--audience AUD]"
                            + " [--key PEM]");
            System.err.println("roles: customer, catalog-admin, fulfilment");
            System.exit(2);
        }
        var roles = new ArrayList<String>();
        if (args.length > 1 && !args[1].startsWith("--")) {
            Arrays.stream(args[1].split(","))
                    .map(String::strip)
                    .filter(r -> !r.isEmpty())
                    .forEach(roles::add);
        }
        long ttl = 3600;
        var issuer = DEV_ISSUER;
        var audience = OMS_AUDIENCE;
        var keyFile = System.getenv("JWT_PRIVATE_KEY_FILE");
        var key = Path.of(keyFile == null || keyFile.isBlank() ? "dev/jwt/dev-private-key.pem" : keyFile);
        for (int i = 1; i < args.length - 1; i++) {
            switch (args[i]) {
                case "--ttl" -> ttl = Long.parseLong(args[++i]);
                case "--issuer" -> issuer = args[++i];
                case "--audience" -> audience = args[++i];
                case "--key" -> key = Path.of(args[++i]);
                default -> {}
            }
        }
        System.out.println(signedWith(key, issuer)
                .forAudience(audience)
                .token(args[0], Instant.now(), Duration.ofSeconds(ttl), roles.toArray(String[]::new)));
    }

    private static PrivateKey privateKey(String pem) {
        var body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("not an RSA private key in PKCS#8 PEM", e);
        }
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String json(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
