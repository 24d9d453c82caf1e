package dev.oms.platform.runtime;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Refuses to start a production instance that could not verify a bearer token: without a verification key (or JWKS
 * URL) and an issuer, every protected endpoint would answer 401, or worse, someone would "fix" it with the dev key;
 * without an audience, it would accept the tokens its identity provider issues for any other application.
 * The dev and test profiles configure the development key themselves (application.properties).
 */
@Singleton
public class VerificationKeyCheck {

    static final String KEY_LOCATION = "mp.jwt.verify.publickey.location";
    static final String INLINE_KEY = "mp.jwt.verify.publickey";
    static final String ISSUER = "mp.jwt.verify.issuer";
    static final String AUDIENCES = "mp.jwt.verify.audiences";

    void onStart(@Observes StartupEvent start, Config config) {
        var missing = missing(
                LaunchMode.current(),
                value(config, KEY_LOCATION),
                value(config, INLINE_KEY),
                value(config, ISSUER),
                value(config, AUDIENCES));
        if (!missing.isEmpty()) {
            throw new IllegalStateException(message(missing));
        }
    }

    /** What a production instance lacks to verify tokens; empty when it has it all, or outside production. */
    static List<String> missing(
            LaunchMode mode,
            Optional<String> keyLocation,
            Optional<String> inlineKey,
            Optional<String> issuer,
            Optional<String> audiences) {
        var missing = new ArrayList<String>();
        if (mode != LaunchMode.NORMAL) {
            return missing;
        }
        if (keyLocation.isEmpty() && inlineKey.isEmpty()) {
            missing.add("a verification key: MP_JWT_VERIFY_PUBLICKEY_LOCATION (a PEM or JWKS file, or the identity "
                    + "provider's JWKS URL) or MP_JWT_VERIFY_PUBLICKEY");
        }
        if (issuer.isEmpty()) {
            missing.add("the token issuer: MP_JWT_VERIFY_ISSUER");
        }
        // Without an audience, a token the same provider issued for any other application would be accepted.
        if (audiences.isEmpty()) {
            missing.add("the token audience: MP_JWT_VERIFY_AUDIENCES");
        }
        return missing;
    }

    static String message(List<String> missing) {
        return "Refusing to start: bearer tokens cannot be verified without " + String.join(" and ", missing)
                + ". The development key (dev/jwt) is for the dev and test profiles only; configure your identity "
                + "provider's key and issuer (see docs/security.md).";
    }

    private static Optional<String> value(Config config, String name) {
        return config.getOptionalValue(name, String.class).map(String::strip).filter(v -> !v.isEmpty());
    }
}
