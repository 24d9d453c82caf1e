package dev.oms.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code auth} values: where each service finds the identity provider's verification key, issuer and audience
 * (MP_JWT_VERIFY_PUBLICKEY_LOCATION, MP_JWT_VERIFY_ISSUER, MP_JWT_VERIFY_AUDIENCES), without which the services refuse
 * to start.
 */
class TokenVerificationValuesTest {

    private static final String KEY_DIRECTORY = "/etc/oms/jwt";

    @TempDir
    Path work;

    @Test
    void aKeyFromAConfigMapOrASecretIsMountedReadOnlyAndGivenAsAFileLocation() {
        Manifests manifests = OmsChart.renderWithoutRequiredValues(OmsChart.testValues("mounted-key.yaml"));

        assertThat(manifests.get("ConfigMap", "oms-product-service").map("data"))
                .containsEntry("MP_JWT_VERIFY_ISSUER", "https://idp.example.com/realms/oms")
                .containsEntry("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "file:" + KEY_DIRECTORY + "/public-key.pem");
        assertThat(mountedKeyVolume(manifests, "oms-product-service"))
                .isEqualTo(Map.of(
                        "configMap",
                        Map.of(
                                "name",
                                "idp-public-key",
                                "items",
                                List.of(Map.of("key", "public-key.pem", "path", "public-key.pem")))));

        assertThat(manifests.get("ConfigMap", "oms-order-service").map("data"))
                .containsEntry("MP_JWT_VERIFY_ISSUER", "https://staff-idp.example.com/realms/fulfilment")
                .containsEntry("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "file:" + KEY_DIRECTORY + "/jwks.json");
        assertThat(mountedKeyVolume(manifests, "oms-order-service"))
                .isEqualTo(Map.of(
                        "secret",
                        Map.of(
                                "secretName",
                                "staff-idp-jwks",
                                "items",
                                List.of(Map.of("key", "jwks.json", "path", "jwks.json")))));
        // Nothing else changes: the key is configuration, not a secret the container's environment refers to.
        assertThat(manifests.container("oms-order-service").list("env")).hasSize(3);
        assertThat(manifests.ofKind("Secret")).isEmpty();
    }

    @Test
    void aServicesOwnIssuerReplacesTheSharedOneWhileTheSharedKeyStillApplies() {
        Manifests manifests = OmsChart.render("""
                orderService:
                  auth:
                    issuer: https://customers.example.com
                """, work);

        Map<String, Object> order =
                manifests.get("ConfigMap", "oms-order-service").map("data");
        Map<String, Object> product =
                manifests.get("ConfigMap", "oms-product-service").map("data");
        assertThat(order)
                .containsEntry("MP_JWT_VERIFY_ISSUER", "https://customers.example.com")
                .containsEntry("MP_JWT_VERIFY_PUBLICKEY_LOCATION", product.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION"));
        assertThat(product).containsEntry("MP_JWT_VERIFY_ISSUER", "https://idp.example.com/realms/oms");
    }

    @Test
    void aServicesOwnKeySourceReplacesTheSharedOneWhole() {
        // The shared key is a URL (required.yaml); a mounted key of the service's own must not be mixed with it.
        Manifests manifests = OmsChart.render("""
                productService:
                  auth:
                    publicKeySecret: {name: catalogue-idp, key: idp.pem}
                """, work);

        assertThat(manifests.get("ConfigMap", "oms-product-service").map("data"))
                .containsEntry("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "file:" + KEY_DIRECTORY + "/idp.pem")
                .containsEntry("MP_JWT_VERIFY_ISSUER", "https://idp.example.com/realms/oms");
        assertThat(manifests.get("ConfigMap", "oms-order-service").map("data"))
                .containsEntry(
                        "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                        "https://idp.example.com/realms/oms/protocol/openid-connect/certs");
        assertThat(mountedKeyVolume(manifests, "oms-product-service"))
                .isEqualTo(Map.of(
                        "secret",
                        Map.of(
                                "secretName",
                                "catalogue-idp",
                                "items",
                                List.of(Map.of("key", "idp.pem", "path", "idp.pem")))));
        assertThat(manifests.get("Deployment", "oms-order-service").list("spec.template.spec.volumes"))
                .hasSize(1);
    }

    @Test
    void everyServiceRequiresTheOmsAudienceByDefaultAndAServiceMayNameItsOwn() {
        Manifests manifests = OmsChart.render("""
                orderService:
                  auth:
                    audience: oms-orders,oms
                """, work);

        assertThat(manifests.get("ConfigMap", "oms-product-service").map("data"))
                .containsEntry("MP_JWT_VERIFY_AUDIENCES", "oms");
        assertThat(manifests.get("ConfigMap", "oms-order-service").map("data"))
                .containsEntry("MP_JWT_VERIFY_AUDIENCES", "oms-orders,oms");
    }

    @Test
    void withoutAnAudienceTheChartDoesNotRender() {
        assertThatThrownBy(() -> OmsChart.render("""
                auth:
                  audience: ""
                """, work))
                .hasMessageContaining("no token audience: set auth.audience")
                .hasMessageContaining("MP_JWT_VERIFY_AUDIENCES");
    }

    @Test
    void withoutAnIssuerTheChartDoesNotRender() {
        assertThatThrownBy(OmsChart::renderWithoutRequiredValues)
                .hasMessageContaining("no token issuer: set auth.issuer")
                .hasMessageContaining("MP_JWT_VERIFY_ISSUER");
    }

    @Test
    void anIssuerOfBlanksIsNoIssuer() {
        assertThatThrownBy(() -> OmsChart.render("""
                auth:
                  issuer: "  "
                """, work)).hasMessageContaining("no token issuer: set auth.issuer");
    }

    @Test
    void withoutAKeySourceTheChartDoesNotRender() {
        assertThatThrownBy(() -> OmsChart.renderWithoutRequiredValues("""
                auth:
                  issuer: https://idp.example.com/realms/oms
                """, work))
                .hasMessageContaining("product-service: no token verification key: set one of auth.publicKeyLocation")
                .hasMessageContaining("auth.publicKeyConfigMap or auth.publicKeySecret")
                .hasMessageContaining("or the same under productService.auth");
    }

    @Test
    void theServiceLackingAnIssuerIsNamedWhenTheOtherHasItsOwn() {
        assertThatThrownBy(() -> OmsChart.renderWithoutRequiredValues("""
                auth:
                  publicKeyLocation: https://idp.example.com/jwks.json
                productService:
                  auth:
                    issuer: https://idp.example.com
                """, work))
                .hasMessageContaining("order-service: no token issuer: set auth.issuer (or orderService.auth.issuer)");
    }

    @Test
    void aDisabledServiceNeedsNoSettings() {
        Manifests manifests = OmsChart.renderWithoutRequiredValues("""
                productService:
                  auth:
                    issuer: https://idp.example.com
                    publicKeyLocation: https://idp.example.com/jwks.json
                orderService:
                  enabled: false
                """, work);

        assertThat(manifests.get("ConfigMap", "oms-product-service").map("data"))
                .containsEntry("MP_JWT_VERIFY_ISSUER", "https://idp.example.com");
        assertThat(manifests.find("Deployment", "oms-order-service")).isEmpty();
    }

    @Test
    void twoKeySourcesAtOnceFailTheRender() {
        assertThatThrownBy(() -> OmsChart.render("""
                auth:
                  publicKeyConfigMap: {name: idp-public-key, key: public-key.pem}
                """, work))
                .hasMessageContaining("auth sets publicKeyLocation and publicKeyConfigMap; set only one key source");
        assertThatThrownBy(() -> OmsChart.render("""
                orderService:
                  auth:
                    publicKeyLocation: https://idp.example.com/jwks.json
                    publicKeySecret: {name: idp-public-key, key: public-key.pem}
                """, work))
                .hasMessageContaining("order-service: orderService.auth sets publicKeyLocation and publicKeySecret; "
                        + "set only one key source");
    }

    @Test
    void changingTheIssuerRollsThePods() {
        Object before = OmsChart.render()
                .get("Deployment", "oms-order-service")
                .value("spec.template.metadata.annotations.checksum/config");
        Object after = OmsChart.render("""
                auth:
                  issuer: https://idp.example.com/realms/other
                """, work)
                .get("Deployment", "oms-order-service")
                .value("spec.template.metadata.annotations.checksum/config");

        assertThat(after).isNotEqualTo(before);
    }

    /** The volume mounted at the key directory, read-only, without its name. */
    private static Map<String, Object> mountedKeyVolume(Manifests manifests, String name) {
        Node mount = manifests.container(name).element("volumeMounts", "mountPath", KEY_DIRECTORY);
        assertThat(mount.value("readOnly")).isEqualTo(true);
        Map<?, ?> volume = manifests.get("Deployment", name).list("spec.template.spec.volumes").stream()
                .map(Map.class::cast)
                .filter(candidate -> mount.string("name").equals(candidate.get("name")))
                .findFirst()
                .orElseThrow();
        Map<String, Object> source = new LinkedHashMap<>();
        volume.forEach((key, value) -> source.put((String) key, value));
        source.remove("name");
        return source;
    }
}
