package dev.oms.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The compose files against the Compose specification's JSON schema (src/test/resources/compose-spec, with its source
 * and licence), after interpolation as docker compose does it; and what they build exists.
 */
class ComposeSchemaTest {

    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() {
        // its $id is relative ("compose_spec.json"): it resolves against where the schema is read from
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(SchemaLocation.of("classpath:compose-spec/compose-spec.json"));
    }

    private static Set<ValidationMessage> validate(Map<String, Object> compose) {
        return schema.validate(new ObjectMapper().valueToTree(compose));
    }

    @ParameterizedTest
    @ValueSource(strings = {"docker-compose.yml", "docker-compose.native.yml"})
    void eachComposeFileMeetsTheSpecification(String file) {
        assertThat(validate(Compose.load(Repository.ROOT.resolve(file)))).isEmpty();
    }

    @Test
    void theNativeSystemIsTheBaseFileWithItsOverrideAndBuildsTheNativeImages() {
        Map<String, Object> merged = Compose.merge(
                Compose.load(Repository.ROOT.resolve("docker-compose.yml")),
                Compose.load(Repository.ROOT.resolve("docker-compose.native.yml")));

        assertThat(validate(merged)).isEmpty();
        for (String service : Repository.IMAGES) {
            @SuppressWarnings("unchecked")
            Map<String, Object> build =
                    (Map<String, Object>) Compose.services(merged).get(service);
            assertThat(build).extracting("build").asString().contains("Dockerfile.native");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"docker-compose.yml", "docker-compose.native.yml"})
    @SuppressWarnings("unchecked")
    void everyBuildIsFromTheRepositoryRootWithADockerfileThatExists(String file) {
        Map<String, Object> compose = Compose.load(Repository.ROOT.resolve(file));

        Compose.services(compose).forEach((name, definition) -> {
            Object build = ((Map<String, Object>) definition).get("build");
            if (build instanceof Map<?, ?> b) {
                assertThat(b.get("context")).as(name).isIn(null, ".");
                assertThat(Files.isRegularFile(Repository.ROOT.resolve((String) b.get("dockerfile"))))
                        .as(name + " " + b.get("dockerfile"))
                        .isTrue();
            }
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSchemaCatchesAMisspeltKeyAndAWrongType() {
        Map<String, Object> compose = Compose.load(Repository.ROOT.resolve("docker-compose.yml"));
        Map<String, Object> order = new LinkedHashMap<>(
                (Map<String, Object>) Compose.services(compose).get("order-service"));
        order.put("enviroment", Map.of("A", "b"));
        order.put("ports", "8082:8082");
        Map<String, Object> services = new LinkedHashMap<>(Compose.services(compose));
        services.put("order-service", order);
        compose.put("services", services);

        assertThat(validate(compose))
                .extracting(ValidationMessage::getMessage)
                .anyMatch(message -> message.contains("enviroment"))
                .anyMatch(message -> message.contains("ports"));
    }
}
