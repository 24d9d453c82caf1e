package dev.oms.console.signin;

import dev.oms.console.ConsoleSettings;
import dev.oms.platform.keys.DevelopmentKey;
import dev.oms.platform.keys.KeyLocation;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key the development sign-in signs with, read once at start. A packaged console (the prod profile) refuses to
 * start when it would sign with the development key of dev/jwt, whose private half is public, unless the run says it
 * is local with {@code OMS_SECURITY_DEVELOPMENT_KEY_ALLOWED=true}, as the services do for verifying with it.
 */
@ApplicationScoped
public class SigningKey {

    static final String REFUSAL = "Refusing to start: the development sign-in would sign tokens with the development "
            + "key of dev/jwt, whose private key is public. Give it a key of your own (OMS_CONSOLE_SIGN_IN_KEY_LOCATION, "
            + "e.g. scripts/local-key.sh's), or turn it off; for a local run only, OMS_SECURITY_DEVELOPMENT_KEY_ALLOWED=true "
            + "allows it (see docs/console.md).";

    private final ConsoleSettings.SignIn settings;
    private final boolean developmentKeyAllowed;
    private PrivateKey key;

    public SigningKey(
            ConsoleSettings settings,
            @ConfigProperty(name = "oms.security.development-key-allowed", defaultValue = "false")
                    boolean developmentKeyAllowed) {
        this.settings = settings.signIn();
        this.developmentKeyAllowed = developmentKeyAllowed;
    }

    void onStart(@Observes StartupEvent start) {
        if (!settings.enabled()) {
            return;
        }
        var location = settings.keyLocation()
                .orElseThrow(() -> new IllegalStateException(
                        "oms.console.sign-in.enabled is true but no oms.console.sign-in.key-location is given"));
        key = read(location);
        if (refuses(LaunchMode.current(), developmentKeyAllowed, key)) {
            throw new IllegalStateException(REFUSAL);
        }
    }

    PrivateKey key() {
        return key;
    }

    static boolean refuses(LaunchMode mode, boolean allowed, PrivateKey key) {
        return mode == LaunchMode.NORMAL && !allowed && DevelopmentKey.is(key);
    }

    static PrivateKey read(String location) {
        var pem = KeyLocation.read(location)
                .orElseThrow(() -> new IllegalStateException("No signing key at " + location));
        try {
            return KeyUtils.decodePrivateKey(pem);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The signing key at " + location + " is no PKCS#8 RSA private key", e);
        }
    }
}
