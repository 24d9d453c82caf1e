package dev.oms.console.signin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** As a packaged console runs by default: no development sign-in, and the pages are told so. */
@QuarkusTest
@TestProfile(SignInOffTest.AsPackaged.class)
class SignInOffTest {

    public static class AsPackaged implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("oms.console.sign-in.enabled", "false");
        }
    }

    @Test
    void thereIsNoSignInToUse() {
        given().get("/console/config")
                .then()
                .statusCode(200)
                .body("devSignIn", equalTo(false))
                .body("oidc", equalTo(false));
        given().contentType("application/json")
                .body(Map.of("subject", "admin-1", "roles", List.of("catalog-admin")))
                .post("/console/dev-sign-in")
                .then()
                .statusCode(404)
                .body("token", equalTo(null));
    }
}
