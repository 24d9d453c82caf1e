package dev.oms.platform.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class DevelopmentKeyTest {

    @Test
    void bothHalvesOfTheDevelopmentPairAreRecognisedAndNoOtherKey() throws Exception {
        var pem = Files.readString(Path.of("../../dev/jwt/dev-private-key.pem"));
        var der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        var privateKey = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var other = generator.generateKeyPair();

        assertThat(DevelopmentKey.is(privateKey)).isTrue();
        assertThat(DevelopmentKey.isIn(Files.readString(KeyLocationTest.DEV_PUBLIC_KEY)))
                .isTrue();
        assertThat(DevelopmentKey.is(other.getPrivate())).isFalse();
        assertThat(DevelopmentKey.is(other.getPublic())).isFalse();
    }

    @Test
    void theDevelopmentKeyIsRecognisedAsAJwksAndAsBareBase64AndNothingElseIs() throws Exception {
        var pem = Files.readString(KeyLocationTest.DEV_PUBLIC_KEY);
        var base64 = pem.replaceAll("-----[A-Z ]+-----", "");
        var der = Base64.getMimeDecoder().decode(base64);
        var modulus = ((java.security.interfaces.RSAPublicKey)
                        KeyFactory.getInstance("RSA").generatePublic(new java.security.spec.X509EncodedKeySpec(der)))
                .getModulus()
                .toByteArray();
        var n = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(modulus[0] == 0 ? java.util.Arrays.copyOfRange(modulus, 1, modulus.length) : modulus);

        assertThat(DevelopmentKey.isIn("{\"keys\":[{\"kty\":\"RSA\",\"e\":\"AQAB\",\"n\":\"" + n + "\"}]}"))
                .isTrue();
        assertThat(DevelopmentKey.isIn(base64)).isTrue();
        assertThat(DevelopmentKey.isIn("{\"keys\":[{\"kty\":\"RSA\",\"n\":\"not base64url!\"}]}"))
                .isFalse();
        assertThat(DevelopmentKey.isIn("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"))
                .isFalse();
        assertThat(DevelopmentKey.isIn("not a key at all")).isFalse();
    }
}
