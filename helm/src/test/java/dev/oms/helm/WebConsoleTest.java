package dev.oms.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web console is an opt-in: nothing of it by default; enabled, it reaches the two services in the release. */
class WebConsoleTest {

    @TempDir
    Path work;

    @Test
    void byDefaultThereIsNoConsole() {
        assertThat(OmsChart.render().kindsAndNames()).noneMatch(name -> name.contains("web-console"));
    }

    @Test
    void enabledItPassesThePagesCallsToTheServicesOfTheReleaseAndHasNoSignIn() {
        Manifests manifests = OmsChart.render("""
                webConsole:
                  enabled: true
                orderService:
                  httpPort: 9082
                """, work);

        Node container = manifests.container("oms-web-console");
        assertThat(env(container, "OMS_CONSOLE_PRODUCT_URL")).isEqualTo("http://oms-product-service:8081");
        assertThat(env(container, "OMS_CONSOLE_ORDER_URL")).isEqualTo("http://oms-order-service:9082");
        assertThat(env(container, "OMS_CONSOLE_SIGN_IN_ENABLED")).isEqualTo("false");
        assertThat(container.has("volumeMounts")).isFalse();
        assertThat(container.string("readinessProbe.httpGet.port")).isEqualTo("management");
        assertThat(manifests.get("Service", "oms-web-console").integer("spec.ports.0.port"))
                .isEqualTo(8083);
        // the services' own Services exist under the names the console is given
        assertThat(manifests.find("Service", "oms-product-service")).isPresent();
        assertThat(manifests.find("Service", "oms-order-service")).isPresent();
    }

    @Test
    void theSignInSignsWithTheKeyOfTheGivenSecretForTheServicesIssuer() {
        Manifests manifests = OmsChart.render("""
                webConsole:
                  enabled: true
                  signIn:
                    enabled: true
                    existingSecret: console-signing-key
                    privateKeyKey: key.pem
                """, work);

        Node deployment = manifests.get("Deployment", "oms-web-console");
        Node container = manifests.container("oms-web-console");
        assertThat(env(container, "OMS_CONSOLE_SIGN_IN_ENABLED")).isEqualTo("true");
        assertThat(env(container, "OMS_CONSOLE_SIGN_IN_KEY_LOCATION")).isEqualTo("/keys/private-key.pem");
        assertThat(env(container, "OMS_CONSOLE_SIGN_IN_ISSUER")).isEqualTo("https://idp.example.com/realms/oms");
        assertThat(env(container, "OMS_CONSOLE_SIGN_IN_AUDIENCE")).isEqualTo("oms");
        Node volume = deployment.element("spec.template.spec.volumes", "name", "signing-key");
        assertThat(volume.string("secret.secretName")).isEqualTo("console-signing-key");
        assertThat(volume.string("secret.items.0.key")).isEqualTo("key.pem");
        assertThat(container.element("volumeMounts", "name", "signing-key").string("mountPath"))
                .isEqualTo("/keys");
    }

    @Test
    void theProvidersSignInIsForTheServicesIssuerWithTheClientSecretFromItsSecret() {
        Manifests manifests = OmsChart.render(OmsChart.testValues("web-console.yaml"));

        Node container = manifests.container("oms-web-console");
        assertThat(env(container, "OMS_CONSOLE_OIDC_ENABLED")).isEqualTo("true");
        assertThat(env(container, "OMS_CONSOLE_OIDC_ISSUER")).isEqualTo("https://idp.example.com/realms/oms");
        assertThat(env(container, "OMS_CONSOLE_OIDC_CLIENT_ID")).isEqualTo("oms-console");
        assertThat(env(container, "OMS_CONSOLE_OIDC_REDIRECT_URI"))
                .isEqualTo("https://console.example.com/console/oidc/callback");
        assertThat(env(container, "OMS_CONSOLE_OIDC_ROLES_CLAIM")).isEqualTo("groups");
        Node secret = container.element("env", "name", "OMS_CONSOLE_OIDC_CLIENT_SECRET");
        assertThat(secret.has("value")).isFalse();
        assertThat(secret.string("valueFrom.secretKeyRef.name")).isEqualTo("console-oidc-client");
        assertThat(secret.string("valueFrom.secretKeyRef.key")).isEqualTo("client-secret");
    }

    @Test
    void aPublicClientHasNoSecretAndTheCallbackIsDerived() {
        Manifests manifests = OmsChart.render("""
                webConsole:
                  enabled: true
                  oidc:
                    enabled: true
                    clientId: oms-console
                """, work);

        Node container = manifests.container("oms-web-console");
        assertThat(env(container, "OMS_CONSOLE_OIDC_CLIENT_ID")).isEqualTo("oms-console");
        assertThat(container.list("env"))
                .map(variable -> (String) ((Map<?, ?>) variable).get("name"))
                .contains("OMS_CONSOLE_OIDC_ISSUER")
                .doesNotContain("OMS_CONSOLE_OIDC_CLIENT_SECRET", "OMS_CONSOLE_OIDC_REDIRECT_URI");
    }

    @Test
    void theProvidersSignInWithoutAClientIdFailsTheRender() {
        Path values = OmsChart.write("""
                webConsole:
                  enabled: true
                  oidc:
                    enabled: true
                """, work);

        assertThatThrownBy(() -> OmsChart.render(values))
                .hasMessageContaining("webConsole.oidc.enabled needs webConsole.oidc.clientId");
    }

    @Test
    void aSignInWithoutAKeyFailsTheRender() {
        Path values = OmsChart.write("""
                webConsole:
                  enabled: true
                  signIn:
                    enabled: true
                """, work);

        assertThatThrownBy(() -> OmsChart.render(values))
                .hasMessageContaining("webConsole.signIn.enabled needs webConsole.signIn.existingSecret");
    }

    private static String env(Node container, String name) {
        return container.element("env", "name", name).string("value");
    }
}
