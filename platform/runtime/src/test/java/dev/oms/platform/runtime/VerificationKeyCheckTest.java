package dev.oms.platform.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.LaunchMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VerificationKeyCheckTest {

    private static final Optional<String> NONE = Optional.empty();
    private static final Optional<String> JWKS =
            Optional.of("https://idp.example/realms/oms/protocol/openid-connect/certs");
    private static final Optional<String> ISSUER = Optional.of("https://idp.example/realms/oms");
    private static final Optional<String> AUDIENCE = Optional.of("oms");

    @Test
    void productionWithoutKeyOrIssuerNamesBothSettings() {
        var missing = VerificationKeyCheck.missing(LaunchMode.NORMAL, NONE, NONE, NONE, NONE);

        assertThat(missing).hasSize(3);
        assertThat(VerificationKeyCheck.message(missing))
                .startsWith("Refusing to start: bearer tokens cannot be verified without")
                .contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "MP_JWT_VERIFY_ISSUER", "dev and test profiles only");
    }

    @Test
    void productionWithAKeyButNoIssuerLacksOnlyTheIssuer() {
        assertThat(VerificationKeyCheck.missing(LaunchMode.NORMAL, JWKS, NONE, NONE, AUDIENCE))
                .singleElement()
                .asString()
                .contains("MP_JWT_VERIFY_ISSUER")
                .doesNotContain("PUBLICKEY");
    }

    @Test
    void productionWithAnIssuerButNoKeyLacksOnlyTheKey() {
        assertThat(VerificationKeyCheck.missing(LaunchMode.NORMAL, NONE, NONE, ISSUER, AUDIENCE))
                .singleElement()
                .asString()
                .contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
    }

    @Test
    void productionWithAKeyLocationOrAnInlineKeyAndAnIssuerMayStart() {
        assertThat(VerificationKeyCheck.missing(LaunchMode.NORMAL, JWKS, NONE, ISSUER, AUDIENCE))
                .isEmpty();
        assertThat(VerificationKeyCheck.missing(
                        LaunchMode.NORMAL, NONE, Optional.of("MIIBIjANBgkq..."), ISSUER, AUDIENCE))
                .isEmpty();
    }

    @Test
    void productionWithKeyAndIssuerButNoAudienceLacksTheAudience() {
        var missing = VerificationKeyCheck.missing(LaunchMode.NORMAL, JWKS, NONE, ISSUER, NONE);

        assertThat(missing).singleElement().asString().contains("MP_JWT_VERIFY_AUDIENCES");
    }

    @Test
    void devAndTestAreNotChecked() {
        assertThat(VerificationKeyCheck.missing(LaunchMode.DEVELOPMENT, NONE, NONE, NONE, AUDIENCE))
                .isEmpty();
        assertThat(VerificationKeyCheck.missing(LaunchMode.TEST, NONE, NONE, NONE, AUDIENCE))
                .isEmpty();
    }
}
