package dev.oms.console.signin;

import dev.oms.console.ConsoleSettings;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key the development sign-in signs with, read once at start. A packaged console (the prod profile) refuses to
 * start when it would sign with the development key of dev/jwt, whose private half is public, unless the run says it
 * is local with {@code OMS_SECURITY_DEVELOPMENT_KEY_ALLOWED=true}, as the services do for verifying with it.
 */
@ApplicationScoped
public class SigningKey {

    /** SHA-256 of the unsigned modulus of dev/jwt's key pair (the same for its public and private halves). */
    static final String DEVELOPMENT_KEY = "d5d0ffa3ac9860032d79367c43b5292a5d67c865cd83733dac8a306685a041ba";

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
        return mode == LaunchMode.NORMAL && !allowed && isDevelopmentKey(key);
    }

    static boolean isDevelopmentKey(PrivateKey key) {
        if (!(key instanceof RSAPrivateCrtKey rsa)) {
            return false;
        }
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(unsigned(rsa.getModulus()));
            return DEVELOPMENT_KEY.equals(HexFormat.of().formatHex(digest));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] unsigned(BigInteger modulus) {
        var bytes = modulus.toByteArray();
        return bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    static PrivateKey read(String location) {
        var pem = location.startsWith("classpath:")
                ? resource(location.substring("classpath:".length()))
                : file(Path.of(location.startsWith("file:") ? location.substring("file:".length()) : location));
        try {
            return KeyUtils.decodePrivateKey(
                    pem.orElseThrow(() -> new IllegalStateException("No signing key at " + location)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The signing key at " + location + " is no PKCS#8 RSA private key", e);
        }
    }

    private static Optional<String> file(Path path) {
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> resource(String name) {
        var loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(name.startsWith("/") ? name.substring(1) : name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
