package dev.oms.system;

import dev.oms.platform.testing.DevTokens;
import java.nio.file.Path;

/**
 * Bearer tokens for the system under test, signed with the development key (dev/jwt), which the started jars are told
 * to trust. For a deployment given by URL, -Dsystem.jwt.private-key and -Dsystem.jwt.issuer name the key and issuer it
 * trusts.
 */
final class Tokens {

    private static final DevTokens TOKENS = DevTokens.signedWith(
            Path.of(System.getProperty(
                    "system.jwt.private-key",
                    repositoryRoot().resolve("dev/jwt/dev-private-key.pem").toString())),
            issuer());

    private Tokens() {}

    static String customer(String customerId) {
        return TOKENS.token(customerId, "customer");
    }

    static String fulfilment() {
        return TOKENS.token("picker-1", "fulfilment");
    }

    static String catalogAdmin() {
        return TOKENS.token("admin-1", "catalog-admin");
    }

    static String token(String subject, String role) {
        return TOKENS.token(subject, role);
    }

    static String issuer() {
        return System.getProperty("system.jwt.issuer", DevTokens.DEV_ISSUER);
    }

    /** The development public key the started services verify with. */
    static Path devPublicKey() {
        return repositoryRoot().resolve("dev/jwt/dev-public-key.pem").toAbsolutePath();
    }

    private static Path repositoryRoot() {
        return Path.of(System.getProperty("system.repository-root", ".."));
    }
}
