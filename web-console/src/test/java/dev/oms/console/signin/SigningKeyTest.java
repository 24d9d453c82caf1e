package dev.oms.console.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.platform.keys.DevelopmentKey;
import io.quarkus.runtime.LaunchMode;
import java.security.KeyPairGenerator;
import org.junit.jupiter.api.Test;

/** A packaged console does not sign with the public development key unless the run says it is local. */
class SigningKeyTest {

    private static final String DEVELOPMENT_KEY = "../dev/jwt/dev-private-key.pem";

    @Test
    void theDevelopmentKeyIsRecognised() throws Exception {
        assertThat(DevelopmentKey.is(SigningKey.read(DEVELOPMENT_KEY))).isTrue();
        assertThat(DevelopmentKey.is(ownKey())).isFalse();
    }

    @Test
    void aPackagedConsoleRefusesTheDevelopmentKeyUnlessTheRunIsLocal() throws Exception {
        var developmentKey = SigningKey.read(DEVELOPMENT_KEY);

        assertThat(SigningKey.refuses(LaunchMode.NORMAL, false, developmentKey)).isTrue();
        assertThat(SigningKey.refuses(LaunchMode.NORMAL, true, developmentKey)).isFalse();
        assertThat(SigningKey.refuses(LaunchMode.DEVELOPMENT, false, developmentKey))
                .isFalse();
        assertThat(SigningKey.refuses(LaunchMode.TEST, false, developmentKey)).isFalse();
        assertThat(SigningKey.refuses(LaunchMode.NORMAL, false, ownKey())).isFalse();
    }

    @Test
    void aMissingKeyIsSaidPlainly() {
        assertThatThrownBy(() -> SigningKey.read("no/such/key.pem"))
                .hasMessageContaining("No signing key at no/such/key.pem");
    }

    private static java.security.PrivateKey ownKey() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair().getPrivate();
    }
}
