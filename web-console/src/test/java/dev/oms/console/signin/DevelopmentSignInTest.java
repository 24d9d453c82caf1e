package dev.oms.console.signin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.util.KeyUtils;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;

/** In the test profile, as in development, a person signs in with a name and roles and gets a token the services trust there. */
@QuarkusTest
class DevelopmentSignInTest {

    @Test
    void thePagesAreToldTheSignInIsHere() {
        given().get("/console/config").then().statusCode(200).body("devSignIn", equalTo(true));
    }

    @Test
    void aSignInGivesATokenAsTheServicesWantItSignedWithTheDevelopmentKey() throws Exception {
        var answer = given().contentType("application/json")
                .body(Map.of("subject", "admin-1", "roles", List.of("catalog-admin", "fulfilment")))
                .post("/console/dev-sign-in")
                .then()
                .statusCode(200)
                .body("subject", equalTo("admin-1"))
                .extract()
                .jsonPath();

        var publicKey = KeyUtils.decodePublicKey(Files.readString(Path.of("../dev/jwt/dev-public-key.pem")));
        var claims = new JwtConsumerBuilder()
                .setVerificationKey(publicKey)
                .setExpectedIssuer("https://oms.dev.local")
                .setExpectedAudience("oms")
                .setRequireExpirationTime()
                .build()
                .processToClaims(answer.getString("token"));
        assertThat(claims.getSubject()).isEqualTo("admin-1");
        assertThat(claims.getStringClaimValue("upn")).isEqualTo("admin-1");
        assertThat(claims.getStringListClaimValue("groups")).containsExactlyInAnyOrder("catalog-admin", "fulfilment");
        var expires = Instant.ofEpochSecond(claims.getExpirationTime().getValue());
        assertThat(Duration.between(Instant.now(), expires)).isBetween(Duration.ofMinutes(55), Duration.ofMinutes(61));
        assertThat(Instant.parse(answer.getString("expiresAt"))).isCloseTo(expires, within(Duration.ofSeconds(1)));
        assertThat(answer.getList("roles", String.class)).containsExactly("catalog-admin", "fulfilment");
    }

    @Test
    void anUnknownRoleIsAProblemNamingIt() {
        given().contentType("application/json")
                .body(Map.of("subject", "someone", "roles", List.of("customer", "root")))
                .post("/console/dev-sign-in")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Invalid sign-in"))
                .body("detail", containsString("unknown: root"));
    }

    @Test
    void noRoleOrAStrangeNameIsRefused() {
        given().contentType("application/json")
                .body(Map.of("subject", "someone", "roles", List.of()))
                .post("/console/dev-sign-in")
                .then()
                .statusCode(400)
                .body("detail", containsString("at least one role"));
        given().contentType("application/json")
                .body(Map.of("subject", "<script>", "roles", List.of("customer")))
                .post("/console/dev-sign-in")
                .then()
                .statusCode(400)
                .body("detail", containsString("A name is"));
    }

    private static org.assertj.core.data.TemporalUnitOffset within(Duration tolerance) {
        return new org.assertj.core.data.TemporalUnitWithinOffset(
                tolerance.toMillis(), java.time.temporal.ChronoUnit.MILLIS);
    }
}
