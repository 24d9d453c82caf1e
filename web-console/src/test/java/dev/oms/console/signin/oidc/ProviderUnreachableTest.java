package dev.oms.console.signin.oidc;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An identity provider the console cannot reach: people are told so, and a session is not taken for expired. */
@QuarkusTest
@TestProfile(ProviderUnreachableTest.ProviderDown.class)
class ProviderUnreachableTest {

    public static class ProviderDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "oms.console.oidc.enabled", "true",
                    "oms.console.oidc.issuer", "http://127.0.0.1:" + closedPort() + "/realms/oms",
                    "oms.console.oidc.client-id", "oms-console");
        }
    }

    @Test
    void aSignInComesBackSayingTheProviderIsUnavailable() {
        given().redirects()
                .follow(false)
                .get("/console/oidc/login")
                .then()
                .statusCode(303)
                .header("Location", "/index.html?sign-in=unavailable");
    }

    @Test
    void aSessionThatCannotBeCheckedIsABadGatewayAndKeepsItsCookie() {
        given().cookie(SessionCookie.NAME, "a-token")
                .get("/console/session")
                .then()
                .statusCode(502)
                .contentType("application/problem+json")
                .header("Set-Cookie", (String) null)
                .body("title", equalTo("Identity provider unavailable"));
    }

    private static int closedPort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
