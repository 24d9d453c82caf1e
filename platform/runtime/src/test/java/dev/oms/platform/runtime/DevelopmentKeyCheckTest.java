package dev.oms.platform.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.LaunchMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class DevelopmentKeyCheckTest {

    private static final Path DEV_PUBLIC_KEY = Path.of("../../dev/jwt/dev-public-key.pem");
    /** The modulus of the development key as a JWKS carries it. */
    private static final String DEV_JWKS = """
            {"keys":[{"kty":"RSA","kid":"dev","use":"sig","alg":"RS256","e":"AQAB",
             "n":"qyVItkJWW6ha2JufNvC-oi6B_2oC-QfI8e1AcEn0hoYnIr8eg4-sW6Deox-qQgxGeU5Uel-VpiJStKsXimk7kaWCzfjq6A8lzTILodQnS1lo18df397aisKIe56SnBwPS6GWIg1nFHM7Ujcsoxj5lRd_KS0wrXuaWbbdtv0zHAZZSEJvg6NI5aI09f9UZtpY1-0h96vMKCbXb5aguSNoqKpQ0TfjfnamOsxjWVuCBF17WGT5ddynY5LiWzlKvH6yfAlh6nGQgwO5PNiSHxRvuAsOewmBcpavHOSVeFwqlqOR4V75e4YZWyWRFSue9FUKdI1AS34pUzHvgF_84DFm7w"}]}
            """;

    @Test
    void productionRefusesTheDevelopmentKeyUnlessExplicitlyAllowed() throws Exception {
        var pem = List.of(Files.readString(DEV_PUBLIC_KEY));

        assertThat(DevelopmentKeyCheck.refuses(LaunchMode.NORMAL, false, pem)).isTrue();
        assertThat(DevelopmentKeyCheck.refuses(LaunchMode.NORMAL, true, pem)).isFalse();
    }

    @Test
    void devAndTestMayUseTheDevelopmentKey() throws Exception {
        var pem = List.of(Files.readString(DEV_PUBLIC_KEY));

        assertThat(DevelopmentKeyCheck.refuses(LaunchMode.DEVELOPMENT, false, pem))
                .isFalse();
        assertThat(DevelopmentKeyCheck.refuses(LaunchMode.TEST, false, pem)).isFalse();
    }

    @Test
    void productionAcceptsAnyOtherKey() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var other = Base64.getMimeEncoder()
                .encodeToString(generator.generateKeyPair().getPublic().getEncoded());
        var otherPem = "-----BEGIN PUBLIC KEY-----\n" + other + "\n-----END PUBLIC KEY-----\n";

        assertThat(DevelopmentKeyCheck.refuses(LaunchMode.NORMAL, false, List.of(otherPem)))
                .isFalse();
        assertThat(DevelopmentKeyCheck.refuses(LaunchMode.NORMAL, false, List.of(other)))
                .isFalse();
        assertThat(DevelopmentKeyCheck.refuses(LaunchMode.NORMAL, false, List.of()))
                .isFalse();
    }

    @Test
    void theDevelopmentKeyIsRecognisedAsAJwksAndAsAnInlineBase64Key() throws Exception {
        var base64 = Files.readString(DEV_PUBLIC_KEY).replaceAll("-----[A-Z ]+-----", "");

        assertThat(DevelopmentKeyCheck.refuses(LaunchMode.NORMAL, false, List.of(DEV_JWKS)))
                .isTrue();
        assertThat(DevelopmentKeyCheck.refuses(LaunchMode.NORMAL, false, List.of(base64)))
                .isTrue();
    }
}
