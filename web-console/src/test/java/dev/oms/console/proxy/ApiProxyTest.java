package dev.oms.console.proxy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pages' API calls reach the service that owns them as the browser made them, and come back as it answered. */
@QuarkusTest
@QuarkusTestResource(value = StubService.class, restrictToAnnotatedClass = true)
class ApiProxyTest {

    @BeforeEach
    void forget() {
        StubService.CALLS.clear();
        StubService.next = new StubService.Answer(200, Map.of("Content-Type", "application/json"), "{}");
    }

    @Test
    void aCommandGoesOnWithItsTokenBodyAndPreconditionAndItsAnswerComesBack() {
        StubService.next = new StubService.Answer(
                200,
                Map.of(
                        "Content-Type", "application/json",
                        "ETag", "\"3.7\"",
                        "Location", "http://127.0.0.1:" + StubService.port + "/api/products/p-1?view=full",
                        "X-Internal", "not for the browser"),
                "{\"id\":\"p-1\",\"name\":\"Lamp\"}");

        given().header("Authorization", "Bearer a-token")
                .header("If-Match", "\"3.6\"")
                .header("Cookie", "session=not-for-the-service")
                .contentType("application/json")
                .body("{\"name\":\"Lamp\"}")
                .put("/api/products/p-1?dryRun=false")
                .then()
                .statusCode(200)
                .header("ETag", "\"3.7\"")
                .header("Location", "/api/products/p-1?view=full")
                .header("X-Internal", (String) null)
                .body("name", equalTo("Lamp"));

        assertThat(StubService.CALLS).singleElement().satisfies(call -> {
            assertThat(call.method()).isEqualTo("PUT");
            assertThat(call.uri()).isEqualTo("/api/products/p-1?dryRun=false");
            assertThat(call.body()).isEqualTo("{\"name\":\"Lamp\"}");
            assertThat(call.header("Authorization")).isEqualTo("Bearer a-token");
            assertThat(call.header("If-Match")).isEqualTo("\"3.6\"");
            assertThat(call.header("Content-Type")).startsWith("application/json");
            assertThat(call.header("Cookie")).isNull();
        });
    }

    @Test
    void aPagesCallCarriesTheSessionCookiesTokenAsItsBearerToken() {
        given().header("X-OMS-Console", "1")
                .cookie("oms_console_session", "the-providers-token")
                .get("/api/products/p-1")
                .then()
                .statusCode(200);

        assertThat(StubService.CALLS).singleElement().satisfies(call -> {
            assertThat(call.header("Authorization")).isEqualTo("Bearer the-providers-token");
            assertThat(call.header("Cookie")).isNull();
        });
    }

    @Test
    void theSessionCookieAloneAuthorisesNothing() {
        // what a form posted from another site of the same domain would send: the cookie, not the pages' header
        given().cookie("oms_console_session", "the-providers-token")
                .contentType("application/x-www-form-urlencoded")
                .formParam("sku", "X")
                .post("/api/products")
                .then()
                .statusCode(200);

        assertThat(StubService.CALLS)
                .singleElement()
                .satisfies(call -> assertThat(call.header("Authorization")).isNull());
    }

    @Test
    void aTokenThePageSendsWinsOverTheCookie() {
        given().header("X-OMS-Console", "1")
                .header("Authorization", "Bearer from-the-page")
                .cookie("oms_console_session", "the-providers-token")
                .get("/api/products")
                .then()
                .statusCode(200);

        assertThat(StubService.CALLS)
                .singleElement()
                .satisfies(call -> assertThat(call.header("Authorization")).isEqualTo("Bearer from-the-page"));
    }

    @Test
    void aServicesProblemReachesThePageUnchanged() {
        var problem =
                "{\"type\":\"https://oms.dev/problems/stale-version\",\"title\":\"Stale version\",\"status\":412}";
        StubService.next = new StubService.Answer(412, Map.of("Content-Type", "application/problem+json"), problem);

        var body = given().header("If-Match", "\"1.1\"")
                .contentType("application/json")
                .body("{}")
                .put("/api/products/p-2")
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .extract()
                .asString();

        assertThat(body).isEqualTo(problem);
    }

    @Test
    void aListWithItsQueryAndAConditionalReadGoOn() {
        StubService.next = new StubService.Answer(304, Map.of("ETag", "\"2.2\""), "");

        given().header("If-None-Match", "\"2.2\"")
                .get("/api/products?category=lamps&sort=price&limit=20")
                .then()
                .statusCode(304)
                .header("ETag", "\"2.2\"");

        assertThat(StubService.CALLS).singleElement().satisfies(call -> {
            assertThat(call.method()).isEqualTo("GET");
            assertThat(call.uri()).isEqualTo("/api/products?category=lamps&sort=price&limit=20");
            assertThat(call.header("If-None-Match")).isEqualTo("\"2.2\"");
        });
    }

    @Test
    void aServiceThatCannotBeReachedIsAProblemNamingIt() {
        given().get("/api/orders?status=PENDING")
                .then()
                .statusCode(502)
                .contentType("application/problem+json")
                .body("title", equalTo("Service unavailable"))
                .body("status", equalTo(502))
                .body("detail", containsString("order-service"));
    }

    @Test
    void onlyTheTwoServicesApisArePassedOn() {
        given().get("/api/productsandmore").then().statusCode(404);
        given().get("/q/metrics").then().statusCode(404);

        assertThat(StubService.CALLS).isEmpty();
    }

    @Test
    void aBodyLargerThanTheServicesTakeIsRefusedHere() {
        given().contentType("application/json")
                .body("x".repeat(70_000))
                .post("/api/products")
                .then()
                .statusCode(413)
                .contentType("application/problem+json");

        assertThat(StubService.CALLS).isEmpty();
    }

    @Test
    void everyAnswerCarriesTheConsolesSecurityHeaders() {
        given().get("/api/products/p-3")
                .then()
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer");
    }
}
