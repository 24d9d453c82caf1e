package dev.oms.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What an install with the chart's own values creates, given the values it requires (values/required.yaml). */
class DefaultValuesTest {

    private static Manifests manifests;

    @BeforeAll
    static void render() {
        manifests = OmsChart.render();
    }

    @Test
    void eachServiceHasItsDeploymentServiceConfigMapAutoscalerAndDisruptionBudget() {
        assertThat(manifests.kindsAndNames())
                .containsExactlyInAnyOrder(
                        "ConfigMap/oms-order-service", "ConfigMap/oms-product-service",
                        "Deployment/oms-order-service", "Deployment/oms-product-service",
                        "HorizontalPodAutoscaler/oms-order-service", "HorizontalPodAutoscaler/oms-product-service",
                        "PodDisruptionBudget/oms-order-service", "PodDisruptionBudget/oms-product-service",
                        "Service/oms-order-service", "Service/oms-product-service");
    }

    @Test
    void noSecretIsRenderedByDefault() {
        assertThat(manifests.ofKind("Secret")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"oms-product-service, 8081", "oms-order-service, 8082"})
    void probesCheckQuarkusHealthOnTheManagementPortNotTheApiPort(String name, int port) {
        Node container = manifests.container(name);

        assertThat(container.element("ports", "name", "http").integer("containerPort"))
                .isEqualTo(port);
        assertThat(container.element("ports", "name", "management").integer("containerPort"))
                .isEqualTo(9000);
        assertThat(manifests.get("ConfigMap", name).map("data")).containsEntry("QUARKUS_MANAGEMENT_PORT", "9000");
        assertThat(container.string("startupProbe.httpGet.path")).isEqualTo("/q/health/started");
        assertThat(container.string("readinessProbe.httpGet.path")).isEqualTo("/q/health/ready");
        assertThat(container.string("livenessProbe.httpGet.path")).isEqualTo("/q/health/live");
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            assertThat(container.string(probe + ".httpGet.port")).as(probe).isEqualTo("management");
        }
        // Flyway migrates at start: the startup probe must allow minutes, not the liveness probe's seconds.
        assertThat(container.integer("startupProbe.periodSeconds") * container.integer("startupProbe.failureThreshold"))
                .isGreaterThanOrEqualTo(120);
    }

    @ParameterizedTest
    @CsvSource({"oms-product-service, 8081", "oms-order-service, 8082"})
    void serviceExposesTheApiAndTheManagementPortsOfTheServicePods(String name, int port) {
        Node service = manifests.get("Service", name);

        assertThat(service.string("spec.type")).isEqualTo("ClusterIP");
        assertThat(service.element("spec.ports", "name", "http").integer("port"))
                .isEqualTo(port);
        assertThat(service.element("spec.ports", "name", "http").string("targetPort"))
                .isEqualTo("http");
        assertThat(service.element("spec.ports", "name", "management").integer("port"))
                .isEqualTo(9000);
        assertThat(service.element("spec.ports", "name", "management").string("targetPort"))
                .isEqualTo("management");
        assertThat(service.map("spec.selector"))
                .isEqualTo(manifests.get("Deployment", name).map("spec.selector.matchLabels"))
                .containsEntry("app.kubernetes.io/name", name.substring("oms-".length()))
                .containsEntry("app.kubernetes.io/instance", OmsChart.RELEASE);
    }

    @Test
    void productServiceScalesOutFurtherThanOrderService() {
        Node product = manifests.get("HorizontalPodAutoscaler", "oms-product-service");
        Node order = manifests.get("HorizontalPodAutoscaler", "oms-order-service");

        assertThat(product.string("apiVersion")).isEqualTo("autoscaling/v2");
        assertThat(product.integer("spec.minReplicas")).isEqualTo(2);
        assertThat(product.integer("spec.maxReplicas")).isEqualTo(10);
        assertThat(order.integer("spec.minReplicas")).isEqualTo(2);
        assertThat(order.integer("spec.maxReplicas")).isEqualTo(4);
        for (Node hpa : List.of(product, order)) {
            assertThat(hpa.string("spec.scaleTargetRef.kind")).isEqualTo("Deployment");
            assertThat(hpa.string("spec.scaleTargetRef.name")).isEqualTo(hpa.string("metadata.name"));
            assertThat(hpa.list("spec.metrics")).hasSize(1);
            assertThat(hpa.string("spec.metrics.0.resource.name")).isEqualTo("cpu");
            assertThat(hpa.string("spec.metrics.0.resource.target.type")).isEqualTo("Utilization");
            assertThat(hpa.integer("spec.metrics.0.resource.target.averageUtilization"))
                    .isEqualTo(70);
        }
    }

    @ParameterizedTest
    @CsvSource({"oms-product-service", "oms-order-service"})
    void autoscalerOwnsTheReplicaCount(String name) {
        // A replicas field would make every helm upgrade reset the count the autoscaler chose.
        assertThat(manifests.get("Deployment", name).has("spec.replicas")).isFalse();
        // CPU utilisation is a percentage of the request, so there must be one.
        assertThat(manifests.container(name).string("resources.requests.cpu")).isEqualTo("250m");
    }

    @ParameterizedTest
    @CsvSource({"oms-product-service", "oms-order-service"})
    void memoryLeavesTheJvmRoomBesidesItsHeap(String name) {
        // measured resident peak 585 MB with a 256 MB heap: 40% of 768 MiB is a 307 MiB heap
        assertThat(manifests.container(name).string("resources.limits.memory")).isEqualTo("768Mi");
        assertThat(manifests.get("ConfigMap", name).string("data.JAVA_MAX_MEM_RATIO"))
                .isEqualTo("40");
    }

    @ParameterizedTest
    @CsvSource({"oms-product-service", "oms-order-service"})
    void disruptionBudgetLetsOnePodGoAtATime(String name) {
        Node budget = manifests.get("PodDisruptionBudget", name);

        assertThat(budget.string("apiVersion")).isEqualTo("policy/v1");
        assertThat(budget.integer("spec.maxUnavailable")).isEqualTo(1);
        assertThat(budget.has("spec.minAvailable")).isFalse();
        assertThat(budget.map("spec.selector.matchLabels"))
                .isEqualTo(manifests.get("Deployment", name).map("spec.selector.matchLabels"));
    }

    @ParameterizedTest
    @CsvSource({
        "oms-product-service, 8081, oms_product, product_service",
        "oms-order-service, 8082, oms_order, order_service"
    })
    void configMapHoldsTheNonSecretSettingsForSqlServerRabbitMqAndTokens(
            String name, int port, String database, String login) {
        Map<String, Object> data = manifests.get("ConfigMap", name).map("data");

        assertThat(data)
                .containsOnly(
                        Map.entry("QUARKUS_HTTP_PORT", String.valueOf(port)),
                        Map.entry("QUARKUS_MANAGEMENT_PORT", "9000"),
                        Map.entry(
                                "QUARKUS_DATASOURCE_REACTIVE_URL",
                                "vertx-reactive:sqlserver://sqlserver:1433/" + database),
                        Map.entry(
                                "QUARKUS_DATASOURCE_JDBC_URL",
                                "jdbc:sqlserver://sqlserver:1433;databaseName=" + database
                                        + ";encrypt=true;trustServerCertificate=false"),
                        Map.entry("QUARKUS_DATASOURCE_REACTIVE_MSSQL_SSL", "true"),
                        Map.entry("QUARKUS_DATASOURCE_REACTIVE_TRUST_ALL", "false"),
                        Map.entry("QUARKUS_DATASOURCE_USERNAME", login),
                        Map.entry("RABBITMQ_HOST", "rabbitmq"),
                        Map.entry("RABBITMQ_PORT", "5672"),
                        Map.entry("RABBITMQ_VHOST", "/"),
                        Map.entry("MP_JWT_VERIFY_ISSUER", "https://idp.example.com/realms/oms"),
                        Map.entry(
                                "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                                "https://idp.example.com/realms/oms/protocol/openid-connect/certs"),
                        Map.entry("MP_JWT_VERIFY_AUDIENCES", "oms"),
                        Map.entry("OMS_API_DOCS_ENABLED", "false"),
                        Map.entry("JAVA_MAX_MEM_RATIO", "40"));
        assertThat(manifests.container(name).list("envFrom"))
                .containsExactly(Map.of("configMapRef", Map.of("name", name)));
    }

    @ParameterizedTest
    @CsvSource({"oms-product-service, oms-product-db", "oms-order-service, oms-order-db"})
    void passwordsComeFromExistingSecrets(String name, String databaseSecret) {
        Node container = manifests.container(name);

        assertThat(secretRef(container, "QUARKUS_DATASOURCE_PASSWORD"))
                .isEqualTo(Map.of("name", databaseSecret, "key", "password"));
        assertThat(secretRef(container, "RABBITMQ_USERNAME"))
                .isEqualTo(Map.of("name", "oms-rabbitmq", "key", "username"));
        assertThat(secretRef(container, "RABBITMQ_PASSWORD"))
                .isEqualTo(Map.of("name", "oms-rabbitmq", "key", "password"));
        assertThat(container.list("env"))
                .as("no other env var, and none with a literal value")
                .hasSize(3);
    }

    @ParameterizedTest
    @CsvSource({"oms-product-service", "oms-order-service"})
    void containerRunsAsNonRootOnAReadOnlyRootFilesystem(String name) {
        Node pod = manifests.get("Deployment", name).node("spec.template.spec");
        Node container = manifests.container(name);

        assertThat(pod.value("securityContext.runAsNonRoot")).isEqualTo(true);
        assertThat(pod.integer("securityContext.runAsUser")).isPositive();
        assertThat(pod.value("automountServiceAccountToken")).isEqualTo(false);
        assertThat(container.value("securityContext.readOnlyRootFilesystem")).isEqualTo(true);
        assertThat(container.value("securityContext.allowPrivilegeEscalation")).isEqualTo(false);
        assertThat(container.list("securityContext.capabilities.drop")).containsExactly("ALL");
        // The JVM still needs a writable /tmp.
        String tmpVolume =
                container.element("volumeMounts", "mountPath", "/tmp").string("name");
        assertThat(pod.element("volumes", "name", tmpVolume).has("emptyDir")).isTrue();
        // A key location that is a URL needs nothing mounted.
        assertThat(pod.list("volumes")).hasSize(1);
        assertThat(container.list("volumeMounts")).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({"oms-product-service, oms/product-service, 8081", "oms-order-service, oms/order-service, 8082"})
    void imageIsTaggedWithTheAppVersionWhichIsTheMavenProjectVersion(String name, String repository, int port) {
        String appVersion = (String)
                OmsChart.readYaml(OmsChart.DIRECTORY.resolve("Chart.yaml")).get("appVersion");
        Node container = manifests.container(name);

        assertThat(appVersion).isEqualTo(System.getProperty("project.version"));
        assertThat(container.string("image")).isEqualTo(repository + ":" + appVersion);
        assertThat(container.string("imagePullPolicy")).isEqualTo("IfNotPresent");
        assertThat(manifests.get("Deployment", name).map("spec.template.metadata.annotations"))
                .containsEntry("prometheus.io/scrape", "true")
                .containsEntry("prometheus.io/path", "/q/metrics")
                .containsEntry("prometheus.io/port", "9000")
                .containsKey("checksum/config");
    }

    @ParameterizedTest
    @CsvSource({"oms-product-service", "oms-order-service"})
    void podsSpreadOverNodesBySelectingTheirOwnService(String name) {
        Node deployment = manifests.get("Deployment", name);
        Node constraint = deployment.node("spec.template.spec.topologySpreadConstraints.0");

        assertThat(deployment.list("spec.template.spec.topologySpreadConstraints"))
                .hasSize(1);
        assertThat(constraint.string("topologyKey")).isEqualTo("kubernetes.io/hostname");
        assertThat(constraint.string("whenUnsatisfiable")).isEqualTo("ScheduleAnyway");
        assertThat(constraint.map("labelSelector.matchLabels")).isEqualTo(deployment.map("spec.selector.matchLabels"));
    }

    static Map<String, Object> secretRef(Node container, String variable) {
        Node env = container.element("env", "name", variable);
        assertThat(env.has("value")).as(variable + " has a literal value").isFalse();
        return env.map("valueFrom.secretKeyRef");
    }
}
