package dev.oms.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The images serve health and metrics on Quarkus' management interface (port 9000, built in by each Dockerfile), so
 * compose checks health there and publishes that port on this machine only, never beside the API on every interface.
 */
class ComposeManagementPortTest {

    @Test
    void eachImageIsBuiltWithTheManagementInterfaceAndComposeChecksHealthOnIt() {
        Map<String, Object> compose = Compose.load(Repository.ROOT.resolve("docker-compose.yml"));

        for (var service : Repository.IMAGES) {
            for (var kind : List.of("jvm", "native")) {
                assertThat(Repository.read(Repository.ROOT.resolve(service + "/src/main/docker/Dockerfile." + kind)))
                        .as(service + " " + kind)
                        .contains("-Dquarkus.management.enabled=true")
                        .containsPattern("EXPOSE \\d+ 9000");
            }
            @SuppressWarnings("unchecked")
            var definition = (Map<String, Object>) Compose.services(compose).get(service);
            @SuppressWarnings("unchecked")
            var healthcheck = (Map<String, Object>) definition.get("healthcheck");
            assertThat(healthcheck.get("test").toString()).as(service).contains("http://localhost:9000/q/health/ready");
            @SuppressWarnings("unchecked")
            var ports = (List<String>) definition.get("ports");
            assertThat(ports)
                    .as(service)
                    .filteredOn(port -> port.endsWith(":9000"))
                    .singleElement()
                    .asString()
                    .startsWith("127.0.0.1:");
        }
    }
}
