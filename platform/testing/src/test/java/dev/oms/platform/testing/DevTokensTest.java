package dev.oms.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The minted tokens verify with the development public key and carry the claims the services read. */
class DevTokensTest {

    private static final Path DEV_JWT = Path.of("../../dev/jwt");

    @Test
    void aTokenIsSignedWithTheDevelopmentKeyAndCarriesSubjectRolesAndIssuer() throws Exception {
        var token = DevTokens.signedWith(DEV_JWT.resolve("dev-private-key.pem"), DevTokens.DEV_ISSUER)
                .token("alice", "customer", "fulfilment");

        assertThat(verifies(token)).isTrue();
        assertThat(claims(token))
                .contains("\"iss\":\"https://oms.dev.local\"")
                .contains("\"aud\":\"oms\"")
                .contains("\"sub\":\"alice\"")
                .contains("\"groups\":[\"customer\",\"fulfilment\"]");
    }

    @Test
    void anExpiredTokenEndedBeforeNowAndAnUntrustedOneDoesNotVerify() throws Exception {
        var dev = DevTokens.signedWith(DEV_JWT.resolve("dev-private-key.pem"), DevTokens.DEV_ISSUER);
        var issued = Instant.parse("2026-01-01T00:00:00Z");

        assertThat(claims(dev.token("bob", issued, Duration.ofSeconds(60), "customer")))
                .contains("\"iat\":" + issued.getEpochSecond())
                .contains("\"exp\":" + (issued.getEpochSecond() + 60));
        assertThat(verifies(DevTokens.withAnUntrustedKey().token("bob", "customer")))
                .isFalse();
        assertThat(claims(dev.issuedBy("https://elsewhere.example").token("bob")))
                .contains("\"iss\":\"https://elsewhere.example\"")
                .contains("\"groups\":[]");
        assertThat(claims(dev.forAudience("billing").token("bob")))
                .contains("\"aud\":\"billing\"")
                .contains("\"iss\":\"https://oms.dev.local\"");
    }

    private static String claims(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    private static boolean verifies(String token) throws Exception {
        var pem = Files.readString(DEV_JWT.resolve("dev-public-key.pem"))
                .replaceAll("-----[A-Z ]+-----", "")
                .replaceAll("\\s", "");
        var key = KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        var parts = token.split("\\.");
        var rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(key);
        rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return rsa.verify(Base64.getUrlDecoder().decode(parts[2]));
    }
}
