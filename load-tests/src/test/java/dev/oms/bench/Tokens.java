package dev.oms.bench;

import dev.oms.platform.testing.DevTokens;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code Authorization} header of each role. scripts/benchmark.sh mints the tokens with scripts/token.sh and
 * passes them as {@code -Dbench.token.<role>}; without one, a token is minted here with the development key.
 */
final class Tokens {

    static final String CATALOG_ADMIN = "catalog-admin";
    static final String CUSTOMER = "customer";
    static final String FULFILMENT = "fulfilment";

    private Tokens() {}

    private static final Map<String, String> HEADERS = new ConcurrentHashMap<>();

    static String bearer(String role) {
        return HEADERS.computeIfAbsent(role, Tokens::header);
    }

    private static String header(String role) {
        var given = System.getProperty("bench.token." + role);
        if (given != null && !given.isBlank()) {
            return "Bearer " + given.strip();
        }
        var subject = CUSTOMER.equals(role) ? Bench.customerId() : "bench-" + role;
        var key = Path.of(System.getProperty(
                "bench.jwt.private-key",
                Bench.repositoryRoot().resolve("dev/jwt/dev-private-key.pem").toString()));
        return "Bearer "
                + DevTokens.signedWith(key, DevTokens.DEV_ISSUER)
                        .token(subject, Instant.now(), Duration.ofHours(3), role);
    }
}
