package dev.oms.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.Helm;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Every environment variable that docker compose and the Helm chart give a service names a setting that service reads
 * at run time (see {@link ServiceSettings}): a misspelt or build-time variable is silently ignored by Quarkus, so it
 * would leave the service on its default without a word.
 */
class EnvironmentSettingsTest {

    /**
     * Read by the JVM images' entry point (run-java.sh of the UBI OpenJDK runtime image), not by the application. They
     * mean nothing to a native image.
     */
    private static final Map<String, String> JVM_IMAGE_VARIABLES = Map.of(
            "JAVA_MAX_MEM_RATIO", "run-java.sh: heap as a percentage of the container's memory limit",
            "JAVA_OPTS_APPEND", "run-java.sh: JVM options added to its own");

    static Stream<Arguments> composeVariables() {
        Map<String, Object> compose = Compose.load(Repository.ROOT.resolve("docker-compose.yml"));
        List<Arguments> arguments = new ArrayList<>();
        Compose.services(compose).forEach((name, definition) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> service = (Map<String, Object>) definition;
            if (service.get("build") != null) {
                Compose.environment(service)
                        .keySet()
                        .forEach(variable -> arguments.add(Arguments.of(Compose.module(service), variable)));
            }
        });
        return arguments.stream();
    }

    @ParameterizedTest(name = "compose gives {0} {1}")
    @MethodSource("composeVariables")
    void composeSetsOnlySettingsTheServiceReads(String module, String variable) {
        assertRead(module, variable, false);
    }

    static Stream<Arguments> chartVariables() {
        String rendered = new Helm(Repository.ROOT.resolve("helm/oms"))
                .template()
                .withName("oms")
                .withKubeVersion("1.30.0")
                .withValuesFile(Repository.ROOT.resolve("helm/src/test/resources/values/required.yaml"))
                .withValuesFile(Repository.ROOT.resolve("helm/src/test/resources/values/web-console.yaml"))
                .call();
        Map<String, List<String>> byModule = new LinkedHashMap<>();
        for (Object document : new Yaml().loadAll(rendered)) {
            if (!(document instanceof Map<?, ?> object)) {
                continue;
            }
            String name = (String) ((Map<?, ?>) object.get("metadata")).get("name");
            String module = name.substring("oms-".length());
            if ("ConfigMap".equals(object.get("kind"))) {
                ((Map<?, ?>) object.get("data"))
                        .keySet()
                        .forEach(key -> byModule.computeIfAbsent(module, m -> new ArrayList<>())
                                .add((String) key));
            } else if ("Deployment".equals(object.get("kind"))) {
                Map<?, ?> pod = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) object.get("spec")).get("template")).get("spec");
                for (Object container : (List<?>) pod.get("containers")) {
                    for (Object env : (List<?>) ((Map<?, ?>) container).get("env")) {
                        byModule.computeIfAbsent(module, m -> new ArrayList<>())
                                .add((String) ((Map<?, ?>) env).get("name"));
                    }
                }
            }
        }
        assertThat(byModule).containsOnlyKeys(Repository.IMAGES);
        return byModule.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(variable -> Arguments.of(e.getKey(), variable)));
    }

    @ParameterizedTest(name = "the chart gives {0} {1}")
    @MethodSource("chartVariables")
    void theChartSetsOnlySettingsTheServiceReads(String module, String variable) {
        assertRead(module, variable, true);
    }

    @Test
    void aMisspeltOrBuildTimeVariableIsNoSettingTheServiceReads() {
        ServiceSettings settings = ServiceSettings.of("order-service");

        assertThat(settings.source("QUARKUS_DATASOURCE_USERNAME")).isPresent();
        assertThat(settings.source("QUARKUS_DATASOURCE_USERNAM")).isEmpty();
        assertThat(settings.source("RABBITMQ_HOST")).get().asString().contains("application.properties");
        assertThat(settings.source("RABBITMQ_HOSTNAME")).isEmpty();
        // the database kind is baked in when the service is built (ADR 2): the variable would be ignored
        assertThat(settings.source("QUARKUS_DATASOURCE_DB_KIND")).isEmpty();
        assertThat(settings.buildTimeSetting("QUARKUS_DATASOURCE_DB_KIND")).isPresent();
    }

    private static void assertRead(String module, String variable, boolean jvmImage) {
        if (jvmImage && JVM_IMAGE_VARIABLES.containsKey(variable)) {
            return;
        }
        ServiceSettings settings = ServiceSettings.of(module);
        assertThat(settings.source(variable))
                .as(
                        "%s reads no setting %s%s",
                        module,
                        variable,
                        settings.buildTimeSetting(variable)
                                .map(s -> " at run time: it is fixed when the service is built, " + s)
                                .orElse(""))
                .isPresent();
    }
}
