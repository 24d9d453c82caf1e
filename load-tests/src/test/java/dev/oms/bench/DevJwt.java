package dev.oms.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Development tokens, signed with the development key (dev/jwt), with the claims scripts/TokenMinter.java gives:
 * issuer https://oms.dev.local, the subject, and the role as the {@code groups} claim.
 */
final class DevJwt {

    static final String ISSUER = "https://oms.dev.local";

    private DevJwt() {}

    static String mint(Path privateKeyPem, String subject, String role, Duration validity) {
        long now = Instant.now().getEpochSecond();
        var header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        var claims = "{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + subject + "\",\"upn\":\"" + subject
                + "\",\"groups\":[\"" + role + "\"],\"iat\":" + now + ",\"exp\":" + (now + validity.toSeconds())
                + ",\"jti\":\"" + UUID.randomUUID() + "\"}";
        var signingInput = base64Url(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64Url(claims.getBytes(StandardCharsets.UTF_8));
        try {
            var rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(privateKey(privateKeyPem));
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + base64Url(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with " + privateKeyPem, e);
        }
    }

    private static PrivateKey privateKey(Path pem) throws GeneralSecurityException {
        try {
            var body = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the development key " + pem, e);
        }
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
