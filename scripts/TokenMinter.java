import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Mints an RS256 JWT signed with the development key, for trying the APIs locally. Run through scripts/token.sh.
 *
 * <pre>
 * scripts/token.sh SUBJECT [ROLE,ROLE...] [--ttl SECONDS] [--issuer ISS] [--key PEM]
 * </pre>
 *
 * Roles become the {@code groups} claim; the subject is the customer id for the order API.
 */
public final class TokenMinter {

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].startsWith("-")) {
            System.err.println("usage: scripts/token.sh SUBJECT [ROLE,ROLE...] [--ttl SECONDS] [--issuer ISS] [--key PEM]");
            System.err.println("roles: customer, catalog-admin, fulfilment");
            System.exit(2);
        }
        String subject = args[0];
        String roles = args.length > 1 && !args[1].startsWith("--") ? args[1] : "";
        long ttl = 3600;
        String issuer = "https://oms.dev.local";
        Path key = Path.of("dev/jwt/dev-private-key.pem");
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--ttl" -> ttl = Long.parseLong(args[++i]);
                case "--issuer" -> issuer = args[++i];
                case "--key" -> key = Path.of(args[++i]);
                default -> { }
            }
        }
        long now = Instant.now().getEpochSecond();
        String groups = Arrays.stream(roles.split(","))
                .map(String::strip).filter(r -> !r.isEmpty())
                .map(r -> "\"" + json(r) + "\"")
                .collect(Collectors.joining(","));
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String claims = "{\"iss\":\"" + json(issuer) + "\",\"sub\":\"" + json(subject) + "\",\"upn\":\"" + json(subject)
                + "\",\"groups\":[" + groups + "],\"iat\":" + now + ",\"exp\":" + (now + ttl) + ",\"jti\":\""
                + UUID.randomUUID() + "\"}";
        String signingInput = base64Url(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64Url(claims.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(privateKey(key));
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        System.out.println(signingInput + "." + base64Url(rsa.sign()));
    }

    private static RSAPrivateKey privateKey(Path pem) throws Exception {
        String body = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return (RSAPrivateKey) KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String json(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
