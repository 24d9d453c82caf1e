package dev.oms.platform.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyLocationTest {

    static final Path DEV_PUBLIC_KEY = Path.of("../../dev/jwt/dev-public-key.pem");

    @Test
    void aFileLocationIsReadAndARemoteJwksIsNotFetched(@TempDir Path dir) throws Exception {
        var copy = Files.copy(DEV_PUBLIC_KEY, dir.resolve("key.pem"));

        assertThat(KeyLocation.read("file:" + copy)).hasValue(Files.readString(DEV_PUBLIC_KEY));
        assertThat(KeyLocation.read(copy.toString())).hasValue(Files.readString(DEV_PUBLIC_KEY));
        assertThat(KeyLocation.read("file:" + dir.resolve("absent.pem"))).isEmpty();
        assertThat(KeyLocation.read("https://idp.example/jwks")).isEmpty();
    }

    @Test
    void aClasspathLocationIsAResource() {
        assertThat(KeyLocation.read("classpath:key-location/material.txt")).hasValue("material\n");
        assertThat(KeyLocation.read("key-location/material.txt")).hasValue("material\n");
        assertThat(KeyLocation.read("classpath:key-location/absent.txt")).isEmpty();
    }
}
