package dev.oms.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

/**
 * A token signing key pair of this machine's own, for running the packaged system locally (docker compose) without
 * trusting the development key of dev/jwt, whose private half is public: {@code private-key.pem} (PKCS#8) for
 * scripts/token.sh and {@code public-key.pem} (X.509) for the services. JDK only, run as a source-file program by
 * scripts/local-key.sh.
 */
public final class LocalKeyPair {

    private LocalKeyPair() {}

    /** Writes a new pair into this directory, unless it already holds one; answers the private key's path. */
    public static Path ensureIn(Path directory) {
        var privateKey = directory.resolve("private-key.pem");
        var publicKey = directory.resolve("public-key.pem");
        if (Files.isRegularFile(privateKey) && Files.isRegularFile(publicKey)) {
            return privateKey;
        }
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(directory);
            Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            if (Files.getFileStore(privateKey).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(privateKey, PosixFilePermissions.fromString("rw-------"));
            }
            return privateKey;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        var body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    /** {@code java LocalKeyPair.java DIRECTORY}: makes the pair there if it is not there yet. */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: scripts/local-key.sh [DIRECTORY]");
            System.exit(2);
        }
        System.out.println(ensureIn(Path.of(args[0])).getParent());
    }
}
