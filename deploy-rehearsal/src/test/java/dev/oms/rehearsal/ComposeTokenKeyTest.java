package dev.oms.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker compose trusts no key by default: each service mounts the key JWT_PUBLIC_KEY_FILE names, which compose
 * requires (it refuses to start without it), never the public development key of dev/jwt; it wants the oms audience
 * and keeps the API's map off unless asked.
 */
class ComposeTokenKeyTest {

    private static final String KEY_IN_CONTAINER = ":/keys/jwt-public-key.pem:ro";

    @Test
    void eachServiceMountsTheKeyTheUserGivesAndNeverTheDevelopmentKey() {
        // as written, before interpolation: a default of ${JWT_PUBLIC_KEY_FILE} would show here
        Map<String, Object> compose = new Yaml().load(Repository.read(Repository.ROOT.resolve("docker-compose.yml")));

        assertThat(compose.toString()).doesNotContain("dev/jwt").doesNotContain("dev-public-key");
        for (var service : Repository.SERVICES) {
            var definition = service(compose, service);
            @SuppressWarnings("unchecked")
            var volumes = (List<String>) definition.get("volumes");
            assertThat(volumes)
                    .as(service)
                    .singleElement()
                    .asString()
                    .startsWith("${JWT_PUBLIC_KEY_FILE:?")
                    .endsWith(KEY_IN_CONTAINER);
        }
    }

    @Test
    void eachServiceWantsTheOmsAudienceAndHidesTheApiMapByDefault() {
        Map<String, Object> compose = Compose.load(Repository.ROOT.resolve("docker-compose.yml"));

        for (var service : Repository.SERVICES) {
            var environment = Compose.environment(service(compose, service));
            assertThat(environment)
                    .as(service)
                    .containsEntry("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "file:/keys/jwt-public-key.pem")
                    .containsEntry("MP_JWT_VERIFY_AUDIENCES", "oms")
                    .containsEntry("OMS_API_DOCS_ENABLED", "false")
                    .doesNotContainKey("OMS_SECURITY_DEVELOPMENT_KEY_ALLOWED");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(Map<String, Object> compose, String name) {
        return (Map<String, Object>) Compose.services(compose).get(name);
    }
}
