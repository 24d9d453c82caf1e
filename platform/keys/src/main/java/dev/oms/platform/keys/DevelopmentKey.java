package dev.oms.platform.keys;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.interfaces.RSAKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises the development key pair of dev/jwt, whose private half is public, by the SHA-256 fingerprint of its RSA
 * modulus: in verification key material (a PEM or base64 public key, or a JWK/JWKS, whatever its whitespace) and as a
 * loaded key (either half).
 */
public final class DevelopmentKey {

    /** SHA-256 of the unsigned modulus of dev/jwt's key pair (the same for its public and private halves). */
    static final String FINGERPRINT = "d5d0ffa3ac9860032d79367c43b5292a5d67c865cd83733dac8a306685a041ba";

    private static final Pattern PEM_BODY =
            Pattern.compile("-----BEGIN PUBLIC KEY-----([A-Za-z0-9+/=\\s]+)-----END PUBLIC KEY-----");
    private static final Pattern JWK_MODULUS = Pattern.compile("\"n\"\\s*:\\s*\"([A-Za-z0-9_\\-=]+)\"");
    private static final Pattern BARE_BASE64 = Pattern.compile("[A-Za-z0-9+/=\\s]+");

    private DevelopmentKey() {}

    /** Whether any key in this material is the development key. */
    public static boolean isIn(String keyMaterial) {
        return moduli(keyMaterial).stream().map(DevelopmentKey::fingerprint).anyMatch(FINGERPRINT::equals);
    }

    /** Whether this key (public or private) is a half of the development key pair. */
    public static boolean is(Key key) {
        return key instanceof RSAKey rsa && FINGERPRINT.equals(fingerprint(unsigned(rsa.getModulus())));
    }

    private static List<byte[]> moduli(String material) {
        var moduli = new ArrayList<byte[]>();
        var pem = PEM_BODY.matcher(material);
        while (pem.find()) {
            rsaModulus(pem.group(1)).ifPresent(moduli::add);
        }
        var jwk = JWK_MODULUS.matcher(material);
        while (jwk.find()) {
            try {
                moduli.add(Base64.getUrlDecoder().decode(jwk.group(1).replace("=", "")));
            } catch (IllegalArgumentException notBase64Url) {
                // not a modulus this check can read; smallrye-jwt will judge the key itself
            }
        }
        if (moduli.isEmpty() && BARE_BASE64.matcher(material).matches()) {
            rsaModulus(material).ifPresent(moduli::add);
        }
        return moduli;
    }

    private static Optional<byte[]> rsaModulus(String base64) {
        try {
            var der = Base64.getDecoder().decode(base64.replaceAll("\\s", ""));
            var key = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
            return Optional.of(unsigned(key.getModulus()));
        } catch (IllegalArgumentException | GeneralSecurityException | ClassCastException notAnRsaPublicKey) {
            return Optional.empty();
        }
    }

    private static byte[] unsigned(BigInteger modulus) {
        var bytes = modulus.toByteArray();
        return bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static String fingerprint(byte[] modulus) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(modulus));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
