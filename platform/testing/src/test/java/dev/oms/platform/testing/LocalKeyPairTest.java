package dev.oms.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A machine's own key pair (scripts/local-key.sh): made once, the private half readable by its owner only, and the
 * tokens scripts/token.sh signs with it verify with its public half.
 */
class LocalKeyPairTest {

    @TempDir
    Path directory;

    @Test
    void aPairIsMadeOnceAndItsPrivateHalfIsTheOwnersOnly() throws Exception {
        var privateKey = LocalKeyPair.ensureIn(directory.resolve("jwt"));
        var first = Files.readString(privateKey);

        assertThat(privateKey.getParent().resolve("public-key.pem")).content().startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(first).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(privateKey)))
                .isEqualTo("rw-------");
        assertThat(Files.readString(LocalKeyPair.ensureIn(directory.resolve("jwt"))))
                .as("run again, it keeps the pair it made")
                .isEqualTo(first);
    }

    @Test
    void tokenShSignsWithItAndThePublicHalfVerifies() throws Exception {
        var privateKey = LocalKeyPair.ensureIn(directory);
        var printed = new ByteArrayOutputStream();
        var out = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            DevTokens.main(new String[] {"alice", "customer", "--ttl", "60", "--key", privateKey.toString()});
        } finally {
            System.setOut(out);
        }
        var token = printed.toString(StandardCharsets.UTF_8).strip();

        assertThat(verifies(token, directory.resolve("public-key.pem"))).isTrue();
        assertThat(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8))
                .contains("\"sub\":\"alice\"", "\"aud\":\"oms\"", "\"groups\":[\"customer\"]");
    }

    private static boolean verifies(String token, Path publicKey) throws Exception {
        var pem =
                Files.readString(publicKey).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        var key = KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        var parts = token.split("\\.");
        var rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(key);
        rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return rsa.verify(Base64.getUrlDecoder().decode(parts[2]));
    }
}
