package dev.oms.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** values.schema.json turns wrong values into a failed render instead of a broken or silently different install. */
class ValuesSchemaTest {

    @TempDir
    Path work;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an unknown top-level key           | replicas: 3                                                | replicas
            a typo in a service's keys          | productService: {autoscalling: {enabled: false}}           | autoscalling
            a string where a number belongs     | productService: {replicaCount: three}                      | replicaCount
            a port out of range                 | rabbitmq: {port: 70000}                                    | port
            a port given as a string            | orderService: {httpPort: '8082'}                           | httpPort
            an unknown pull policy              | orderService: {image: {pullPolicy: Sometimes}}             | pullPolicy
            a CPU target above 100 percent      | productService: {autoscaling: {targetCPUUtilizationPercentage: 150}} | targetCPUUtilizationPercentage
            an invalid Secret name              | rabbitmq: {auth: {existingSecret: My_Secret}}              | existingSecret
            a Secret to create without password | orderService: {database: {createSecret: {enabled: true}}}  | password
            a list where a map belongs          | productService: {nodeSelector: [a, b]}                     | nodeSelector
            an issuer given as a number         | auth: {issuer: 42}                                         | issuer
            a key location that is no URL       | auth: {publicKeyLocation: idp.example.com/jwks.json}       | publicKeyLocation
            a key location given as a list      | auth: {publicKeyLocation: [https://idp.example.com/jwks]}  | publicKeyLocation
            a key ConfigMap without its key     | auth: {publicKeyConfigMap: {name: idp-key}}                | publicKeyConfigMap
            a key Secret given as a bare name   | auth: {publicKeySecret: idp-key}                           | publicKeySecret
            a typo in the auth keys             | auth: {jwksUrl: https://idp.example.com/jwks}              | jwksUrl
            a typo in a service's auth keys     | orderService: {auth: {isuer: https://idp.example.com}}     | isuer
            """)
    void valuesViolatingTheSchemaFailTheRender(String violation, String valuesYaml, String offendingKey) {
        Path values = OmsChart.write(valuesYaml, work);

        assertThatThrownBy(() -> OmsChart.render(values))
                .as(violation)
                .hasMessageContaining("values don't meet the specifications of the schema")
                .hasMessageContaining(offendingKey);
    }

    @Test
    void theSameKindOfValuesWithinTheSchemaRender() {
        Manifests manifests = OmsChart.render("""
                productService: {replicaCount: 3, autoscaling: {enabled: false, targetCPUUtilizationPercentage: 100}}
                rabbitmq: {port: 5671, auth: {existingSecret: my-secret}}
                orderService: {httpPort: 8090, image: {pullPolicy: Never}, nodeSelector: {disk: ssd},
                               auth: {publicKeyLocation: "file:/deployments/keys/idp.pem"}}
                """, work);

        assertThat(manifests.get("Deployment", "oms-product-service").integer("spec.replicas"))
                .isEqualTo(3);
        assertThat(manifests.get("Service", "oms-order-service").integer("spec.ports.0.port"))
                .isEqualTo(8090);
        assertThat(manifests.container("oms-order-service").string("imagePullPolicy"))
                .isEqualTo("Never");
        assertThat(manifests.get("ConfigMap", "oms-order-service").map("data"))
                .containsEntry("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "file:/deployments/keys/idp.pem");
    }
}
