package dev.oms.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Bearer tokens for the system under test, signed RS256 with the development key (dev/jwt), which the started jars are
 * told to trust. For a deployment given by URL, -Dsystem.jwt.private-key and -Dsystem.jwt.issuer name the key and
 * issuer it trusts. JDK only, like scripts/TokenMinter.java: this module uses none of the services' libraries.
 */
final class Tokens {

    static final String DEV_ISSUER = "https://oms.dev.local";

    private static PrivateKey key;

    private Tokens() {}

    static String customer(String customerId) {
        return token(customerId, "customer");
    }

    static String fulfilment() {
        return token("picker-1", "fulfilment");
    }

    static String catalogAdmin() {
        return token("admin-1", "catalog-admin");
    }

    static String token(String subject, String role) {
        var now = Instant.now().getEpochSecond();
        var header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        var claims = ("{\"iss\":\"%s\",\"sub\":\"%s\",\"upn\":\"%s\",\"groups\":[\"%s\"],\"iat\":%d,"
                        + "\"exp\":%d,\"jti\":\"%s\"}")
                .formatted(issuer(), subject, subject, role, now, now + 3600, UUID.randomUUID());
        var signingInput = base64Url(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64Url(claims.getBytes(StandardCharsets.UTF_8));
        try {
            var rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + base64Url(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String issuer() {
        return System.getProperty("system.jwt.issuer", DEV_ISSUER);
    }

    /** The development public key the started services verify with. */
    static Path devPublicKey() {
        return repositoryRoot().resolve("dev/jwt/dev-public-key.pem").toAbsolutePath();
    }

    private static synchronized PrivateKey key() throws GeneralSecurityException {
        if (key == null) {
            var pem = Path.of(System.getProperty(
                    "system.jwt.private-key",
                    repositoryRoot().resolve("dev/jwt/dev-private-key.pem").toString()));
            try {
                var body = Files.readString(pem)
                        .replaceAll("-----[A-Z ]+-----", "")
                        .replaceAll("\\s", "");
                key = KeyFactory.getInstance("RSA")
                        .generatePrivate(
                                new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return key;
    }

    private static Path repositoryRoot() {
        return Path.of(System.getProperty("system.repository-root", ".."));
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
