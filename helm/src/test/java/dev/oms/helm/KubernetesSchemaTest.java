package dev.oms.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * Every object the chart renders, with the defaults and with every option switched on, is an object of the Kubernetes
 * API as it is: no field the API lacks (a typo would otherwise be dropped silently by a lenient apply), no value of
 * the wrong type.
 */
class KubernetesSchemaTest {

    private static final String EVERYTHING_ON = """
            monitoring:
              serviceMonitor: {enabled: true}
              prometheusRule: {enabled: true}
              dashboard: {enabled: true}
            productService:
              image: {kind: native}
              autoscaling: {enabled: true}
              podDisruptionBudget: {enabled: true}
            webConsole:
              enabled: true
              signIn: {enabled: true, existingSecret: console-signing-key}
            """;

    @TempDir
    Path work;

    @Test
    void everyRenderedObjectIsOneTheApiTakesAsItIs() {
        var renders = List.of(
                OmsChart.render(),
                OmsChart.render(OmsChart.testValues("production.yaml")),
                OmsChart.renderWithoutRequiredValues(OmsChart.testValues("mounted-key.yaml")),
                OmsChart.render(EVERYTHING_ON, work));

        var kinds = new java.util.TreeSet<String>();
        for (var manifests : renders) {
            for (var object : manifests.all()) {
                kinds.add(object.string("kind"));
                assertThat(KubernetesApi.refusals(object)).as(object.where()).isEmpty();
            }
        }
        assertThat(kinds)
                .contains(
                        "ConfigMap",
                        "Deployment",
                        "Service",
                        "HorizontalPodAutoscaler",
                        "PodDisruptionBudget",
                        "ServiceMonitor",
                        "PrometheusRule");
    }

    @Test
    void aFieldTheApiLacksAndAValueOfTheWrongTypeAreRefused() {
        Map<String, Object> misspelt = new Yaml().load("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: shop}
                spec:
                  replicas: 2
                  selector: {matchLabels: {app: shop}}
                  template:
                    metadata: {labels: {app: shop}}
                    spec:
                      terminationGracePeriodSecond: 40
                      containers: [{name: shop, image: shop, ports: [{containerPort: 8081, protcol: TCP}]}]
                """);
        Map<String, Object> mistyped = new Yaml().load("""
                apiVersion: v1
                kind: Service
                metadata: {name: shop}
                spec: {ports: [{port: eighty}]}
                """);

        assertThat(KubernetesApi.refusals(new Node(misspelt, "Deployment/shop")))
                .containsExactlyInAnyOrder(
                        "Deployment/shop.spec.template.spec.terminationGracePeriodSecond: not a field of PodSpec",
                        "Deployment/shop.spec.template.spec.containers[0].ports[0].protcol: not a field of"
                                + " ContainerPort");
        assertThat(KubernetesApi.refusals(new Node(mistyped, "Service/shop")))
                .singleElement()
                .asString()
                .contains("eighty");
    }
}
