package dev.oms.helm;

import static dev.oms.helm.DefaultValuesTest.secretRef;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Values that differ from the defaults take effect (values/production.yaml, and small cases written inline). */
class NonDefaultValuesTest {

    private static Manifests production;

    @TempDir
    Path work;

    @BeforeAll
    static void render() {
        production = OmsChart.render(OmsChart.testValues("production.yaml"));
    }

    @Test
    void namesLabelsAndPullSecretsApplyToEveryObject() {
        assertThat(production.kindsAndNames())
                .containsExactlyInAnyOrder(
                        "ConfigMap/shop-order-service",
                        "ConfigMap/shop-product-service",
                        "Deployment/shop-order-service",
                        "Deployment/shop-product-service",
                        "HorizontalPodAutoscaler/shop-product-service",
                        "PodDisruptionBudget/shop-product-service",
                        "Service/shop-order-service",
                        "Service/shop-product-service");
        for (Node object : production.all()) {
            assertThat(object.map("metadata.labels")).as(object.toString()).containsEntry("team", "commerce");
        }
        for (Node deployment : production.ofKind("Deployment")) {
            assertThat(deployment.list("spec.template.spec.imagePullSecrets"))
                    .containsExactly(Map.of("name", "registry-credentials"));
        }
    }

    @Test
    void productServiceAutoscalerAndDisruptionBudgetFollowTheValues() {
        Node hpa = production.get("HorizontalPodAutoscaler", "shop-product-service");
        Node budget = production.get("PodDisruptionBudget", "shop-product-service");

        assertThat(hpa.integer("spec.minReplicas")).isEqualTo(3);
        assertThat(hpa.integer("spec.maxReplicas")).isEqualTo(30);
        assertThat(hpa.integer("spec.metrics.0.resource.target.averageUtilization"))
                .isEqualTo(60);
        assertThat(hpa.integer("spec.behavior.scaleDown.stabilizationWindowSeconds"))
                .isEqualTo(600);
        assertThat(budget.integer("spec.minAvailable")).isEqualTo(2);
        assertThat(budget.has("spec.maxUnavailable")).isFalse();
    }

    @Test
    void orderServiceWithoutAutoscalerRunsTheConfiguredReplicas() {
        assertThat(production.find("HorizontalPodAutoscaler", "shop-order-service"))
                .isEmpty();
        assertThat(production.find("PodDisruptionBudget", "shop-order-service")).isEmpty();
        assertThat(production.get("Deployment", "shop-order-service").integer("spec.replicas"))
                .isEqualTo(3);
        assertThat(production.get("Deployment", "shop-product-service").has("spec.replicas"))
                .isFalse();
    }

    @Test
    void imagesUseTheGivenRepositoryTagAndPullPolicy() {
        Node product = production.container("shop-product-service");
        Node order = production.container("shop-order-service");

        assertThat(product.string("image")).isEqualTo("registry.example.com/oms/product-service:2.3.1");
        assertThat(product.string("imagePullPolicy")).isEqualTo("Always");
        assertThat(order.string("image")).isEqualTo("oms/order-service:2.3.1");
        assertThat(order.string("imagePullPolicy")).isEqualTo("IfNotPresent");
    }

    @Test
    void secretReferencesUseTheGivenNamesAndKeys() {
        Node product = production.container("shop-product-service");
        Node order = production.container("shop-order-service");

        assertThat(secretRef(product, "QUARKUS_DATASOURCE_PASSWORD"))
                .isEqualTo(Map.of("name", "shop-catalogue-db", "key", "sql-password"));
        assertThat(secretRef(order, "QUARKUS_DATASOURCE_PASSWORD"))
                .isEqualTo(Map.of("name", "shop-orders-db", "key", "password"));
        for (Node container : List.of(product, order)) {
            assertThat(secretRef(container, "RABBITMQ_USERNAME"))
                    .isEqualTo(Map.of("name", "shop-rabbitmq", "key", "user"));
            assertThat(secretRef(container, "RABBITMQ_PASSWORD"))
                    .isEqualTo(Map.of("name", "shop-rabbitmq", "key", "pass"));
        }
        assertThat(production.ofKind("Secret")).isEmpty();
    }

    @Test
    void configMapsCarryTheGivenConnectionsAndExtraSettings() {
        Map<String, Object> product =
                production.get("ConfigMap", "shop-product-service").map("data");
        Map<String, Object> order =
                production.get("ConfigMap", "shop-order-service").map("data");

        assertThat(product)
                .containsEntry(
                        "QUARKUS_DATASOURCE_REACTIVE_URL",
                        "vertx-reactive:sqlserver://sql.databases.svc.cluster.local:14330/catalogue")
                .containsEntry(
                        "QUARKUS_DATASOURCE_JDBC_URL",
                        "jdbc:sqlserver://sql.databases.svc.cluster.local:14330;"
                                + "databaseName=catalogue;encrypt=true;trustServerCertificate=true")
                .containsEntry("QUARKUS_DATASOURCE_USERNAME", "catalogue_app")
                .containsEntry("QUARKUS_LOG_LEVEL", "DEBUG");
        assertThat(order)
                .containsEntry(
                        "QUARKUS_DATASOURCE_REACTIVE_URL",
                        "vertx-reactive:sqlserver://orders-sql.databases.svc.cluster.local:1433/orders")
                .containsEntry(
                        "QUARKUS_DATASOURCE_JDBC_URL",
                        "jdbc:sqlserver://orders-sql.databases.svc.cluster.local:1433;databaseName=orders;encrypt=true")
                .doesNotContainKey("QUARKUS_LOG_LEVEL");
        for (Map<String, Object> data : List.of(product, order)) {
            assertThat(data)
                    .containsEntry("RABBITMQ_HOST", "rabbitmq.messaging.svc.cluster.local")
                    .containsEntry("RABBITMQ_PORT", "5671")
                    .containsEntry("RABBITMQ_VHOST", "oms-prod")
                    .containsEntry(
                            "MP_JWT_VERIFY_ISSUER",
                            "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0")
                    .containsEntry(
                            "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                            "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/discovery/v2.0/keys");
        }
    }

    @Test
    void extraEnvIsAddedBesideTheConfigMapAndTheSecretReferences() {
        Node container = production.container("shop-product-service");

        assertThat(container.list("env")).hasSize(4);
        assertThat(container.element("env", "name", "JAVA_MAX_MEM_RATIO").string("value"))
                .isEqualTo("75");
        assertThat(container.list("envFrom"))
                .containsExactly(
                        Map.of("configMapRef", Map.of("name", "shop-product-service")),
                        Map.of("secretRef", Map.of("name", "catalogue-feature-flags")));
        assertThat(production.container("shop-order-service").list("env")).hasSize(3);
    }

    @Test
    void schedulingAndResourceValuesReachTheProductServicePods() {
        Node pod = production.get("Deployment", "shop-product-service").node("spec.template");
        Node container = production.container("shop-product-service");

        assertThat(container.map("resources"))
                .isEqualTo(Map.of(
                        "requests", Map.of("cpu", "500m", "memory", "384Mi"),
                        "limits", Map.of("cpu", "2", "memory", "768Mi")));
        assertThat(pod.map("spec.nodeSelector")).isEqualTo(Map.of("workload", "services"));
        assertThat(pod.list("spec.tolerations"))
                .containsExactly(
                        Map.of("key", "dedicated", "operator", "Equal", "value", "services", "effect", "NoSchedule"));
        assertThat(pod.list("spec.topologySpreadConstraints")).hasSize(1);
        assertThat(pod.string("spec.topologySpreadConstraints.0.topologyKey")).isEqualTo("topology.kubernetes.io/zone");
        assertThat(pod.map("spec.topologySpreadConstraints.0.labelSelector.matchLabels"))
                .containsEntry("app.kubernetes.io/name", "product-service");
        assertThat(pod.map("metadata.annotations"))
                .containsEntry("example.com/owner", "catalogue")
                .doesNotContainKeys("prometheus.io/scrape", "prometheus.io/path", "prometheus.io/port");
    }

    @Test
    void serviceTypeAndAnnotationsFollowTheValues() {
        Node order = production.get("Service", "shop-order-service");

        assertThat(order.string("spec.type")).isEqualTo("LoadBalancer");
        assertThat(order.map("metadata.annotations"))
                .containsEntry("service.beta.kubernetes.io/aws-load-balancer-internal", "true");
        assertThat(production.get("Service", "shop-product-service").string("spec.type"))
                .isEqualTo("ClusterIP");
    }

    @Test
    void changingTheConfigurationChangesThePodTemplateSoPodsRoll() {
        Object before = OmsChart.render()
                .get("Deployment", "oms-product-service")
                .value("spec.template.metadata.annotations.checksum/config");
        Object after = OmsChart.render("""
                rabbitmq:
                  vhost: elsewhere
                """, work)
                .get("Deployment", "oms-product-service")
                .value("spec.template.metadata.annotations.checksum/config");

        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void secretsAreCreatedOnlyWhenTheValuesExplicitlyGiveThem() {
        Manifests manifests = OmsChart.render("""
                rabbitmq:
                  createSecret:
                    enabled: true
                    username: oms
                    password: rabbit-secret
                productService:
                  database:
                    auth:
                      passwordKey: sql-password
                    createSecret:
                      enabled: true
                      password: product-secret
                """, work);

        assertThat(manifests.ofKind("Secret")).hasSize(2);
        assertThat(manifests.get("Secret", "oms-rabbitmq").map("stringData"))
                .isEqualTo(Map.of("username", "oms", "password", "rabbit-secret"));
        assertThat(manifests.get("Secret", "oms-product-db").map("stringData"))
                .isEqualTo(Map.of("sql-password", "product-secret"));
        assertThat(secretRef(manifests.container("oms-product-service"), "QUARKUS_DATASOURCE_PASSWORD"))
                .isEqualTo(Map.of("name", "oms-product-db", "key", "sql-password"));
        assertThat(manifests.find("Secret", "oms-order-db")).isEmpty();
    }

    @Test
    void aDisabledServiceRendersNothing() {
        Manifests manifests = OmsChart.render("""
                orderService:
                  enabled: false
                """, work);

        assertThat(manifests.kindsAndNames()).isNotEmpty().allMatch(name -> name.endsWith("/oms-product-service"));
    }

    @Test
    void autoscalerBoundsTheWrongWayRoundFailTheRender() {
        Path values = OmsChart.write("""
                productService:
                  autoscaling:
                    minReplicas: 5
                    maxReplicas: 3
                """, work);

        assertThatThrownBy(() -> OmsChart.render(values))
                .hasMessageContaining(
                        "product-service: autoscaling.minReplicas (5) is greater than autoscaling.maxReplicas (3)");
    }

    @Test
    void autoscalingWithoutACpuRequestFailsTheRender() {
        Path values = OmsChart.write("""
                orderService:
                  resources:
                    requests:
                      cpu: null
                """, work);

        assertThatThrownBy(() -> OmsChart.render(values))
                .hasMessageContaining("order-service: autoscaling on CPU utilisation needs resources.requests.cpu");
    }

    @Test
    void clustersOlderThanAutoscalingV2AreRefused() {
        assertThatThrownBy(() -> OmsChart.renderWithKubeVersion("1.22.0"))
                .hasMessageContaining("chart requires kubeVersion: >=1.23.0-0");
        assertThat(OmsChart.renderWithKubeVersion("1.23.0")).contains("kind: HorizontalPodAutoscaler");
    }
}
