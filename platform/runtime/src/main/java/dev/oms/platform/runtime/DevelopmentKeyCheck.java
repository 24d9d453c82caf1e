package dev.oms.platform.runtime;

import dev.oms.platform.keys.DevelopmentKey;
import dev.oms.platform.keys.KeyLocation;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Refuses to start a production instance that trusts the development key of dev/jwt: its private half is in this
 * repository, so anyone could mint a catalog-admin token for it. Local runs of the packaged services on that key (the
 * system tests, the benchmarks) say so explicitly with {@value #ALLOWED}.
 *
 * <p>It reads the configured key as smallrye-jwt would (the inline key, or the file or classpath resource of the key
 * location); a remote JWKS URL is not fetched here, as the identity provider serves its own keys there.
 */
@Singleton
public class DevelopmentKeyCheck {

    static final String ALLOWED = "oms.security.development-key-allowed";
    static final String MESSAGE = "Refusing to start: the verification key is the development key of dev/jwt, whose "
            + "private key is public, so anyone could sign tokens for this instance. Configure your identity provider's "
            + "key (MP_JWT_VERIFY_PUBLICKEY_LOCATION), or a key of your own (scripts/local-key.sh); for a local run only, "
            + "OMS_SECURITY_DEVELOPMENT_KEY_ALLOWED=true (" + ALLOWED + ") allows it (see docs/security.md).";

    void onStart(@Observes StartupEvent start, Config config, SecuritySettings settings) {
        var material = new ArrayList<String>();
        value(config, VerificationKeyCheck.INLINE_KEY).ifPresent(material::add);
        value(config, VerificationKeyCheck.KEY_LOCATION)
                .flatMap(KeyLocation::read)
                .ifPresent(material::add);
        if (refuses(LaunchMode.current(), settings.developmentKeyAllowed(), material)) {
            throw new IllegalStateException(MESSAGE);
        }
    }

    /** Whether an instance in this mode, with this opt-in, must not start with this key material. */
    static boolean refuses(LaunchMode mode, boolean allowed, List<String> keyMaterial) {
        return mode == LaunchMode.NORMAL && !allowed && keyMaterial.stream().anyMatch(DevelopmentKey::isIn);
    }

    private static Optional<String> value(Config config, String name) {
        return config.getOptionalValue(name, String.class).map(String::strip).filter(v -> !v.isEmpty());
    }
}
