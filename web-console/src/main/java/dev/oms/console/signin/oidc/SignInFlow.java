package dev.oms.console.signin.oidc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One sign-in in progress: the state that ties the provider's answer to this browser, the nonce the ID token must
 * carry back, and PKCE's verifier (RFC 7636), whose S256 challenge goes to the provider. It travels in a short-lived
 * HttpOnly cookie, so the console keeps no state between the redirect and the callback and any replica can finish it.
 */
record SignInFlow(String state, String nonce, String verifier) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_-]{43}");

    static SignInFlow start() {
        return new SignInFlow(random(), random(), random());
    }

    /** PKCE's S256 challenge: the verifier's SHA-256, base64url without padding. */
    String challenge() {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return BASE64URL.encodeToString(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    String cookieValue() {
        return state + "." + nonce + "." + verifier;
    }

    static Optional<SignInFlow> fromCookie(String value) {
        if (value == null) {
            return Optional.empty();
        }
        var parts = value.split("\\.", -1);
        if (parts.length != 3
                || !VALUE.matcher(parts[0]).matches()
                || !VALUE.matcher(parts[1]).matches()
                || !VALUE.matcher(parts[2]).matches()) {
            return Optional.empty();
        }
        return Optional.of(new SignInFlow(parts[0], parts[1], parts[2]));
    }

    /** Whether the provider's answer belongs to this flow (compared in constant time). */
    boolean answers(String returnedState) {
        return returnedState != null
                && MessageDigest.isEqual(
                        state.getBytes(StandardCharsets.US_ASCII), returnedState.getBytes(StandardCharsets.US_ASCII));
    }

    /** 32 random bytes: 43 characters, the length RFC 7636 recommends for a verifier. */
    private static String random() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return BASE64URL.encodeToString(bytes);
    }
}
