package dev.oms.console.signin.oidc;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.oms.console.signin.oidc.StandInProvider.Fault;
import dev.oms.console.signin.oidc.StandInProvider.Person;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Sign-in through an OpenID Connect provider (a stand-in one): the authorization code flow with PKCE from the first
 * redirect to the session the pages use, and each way a provider's answer can be wrong.
 */
@QuarkusTest
@TestProfile(OidcSignInTest.WithAProvider.class)
class OidcSignInTest {

    public static class WithAProvider implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(StandInProvider.class));
        }
    }

    private static final HttpClient BROWSER =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void providerBehaves() {
        StandInProvider.fault = Fault.NONE;
        StandInProvider.person = new Person("customer-7", List.of("customer"));
        StandInProvider.REFUSALS.clear();
    }

    @Test
    void thePagesAreToldToSignInThroughTheProvider() {
        given().get("/console/config")
                .then()
                .statusCode(200)
                .body("oidc", equalTo(true))
                .body("devSignIn", equalTo(false));
    }

    @Test
    void theBrowserIsSentToTheProviderWithAnS256ChallengeOfTheVerifierItKeepsInACookie() {
        var login = login();

        var authorize = URI.create(login.header("Location"));
        assertThat(authorize.toString()).startsWith(StandInProvider.issuer + "/authorize?");
        var query = StandInProvider.form(authorize.getRawQuery());
        assertThat(query)
                .containsEntry("response_type", "code")
                .containsEntry("client_id", StandInProvider.CLIENT_ID)
                .containsEntry("code_challenge_method", "S256")
                .containsEntry("scope", "openid profile");
        assertThat(query.get("redirect_uri")).matches("http://localhost:\\d+/console/oidc/callback");

        var cookie = setCookie(login, OidcSignIn.FLOW_COOKIE).orElseThrow();
        assertThat(cookie.toLowerCase())
                .contains("httponly", "samesite=lax", "path=/console/oidc", "secure", "max-age=600");
        var flow = SignInFlow.fromCookie(value(cookie)).orElseThrow();
        assertThat(query).containsEntry("state", flow.state()).containsEntry("nonce", flow.nonce());
        assertThat(query.get("code_challenge")).isEqualTo(s256(flow.verifier())).isNotEqualTo(flow.verifier());
    }

    @Test
    void aPersonSignedInByTheProviderHasASessionTheScriptsCannotRead() {
        StandInProvider.person = new Person("staff-3", List.of("fulfilment", "auditor"));
        var login = login();

        var callback = callback(approve(login), flowCookieOf(login));

        assertThat(callback.statusCode()).isEqualTo(303);
        assertThat(callback.header("Location")).isEqualTo("/index.html");
        var session = setCookie(callback, SessionCookie.NAME).orElseThrow();
        assertThat(session.toLowerCase()).contains("httponly", "samesite=strict", "path=/;", "secure");
        assertThat(setCookie(callback, OidcSignIn.FLOW_COOKIE).orElseThrow()).contains("Max-Age=0");
        // an unknown role is not passed to the pages; the token itself stays in the cookie
        given().cookie(SessionCookie.NAME, value(session))
                .get("/console/session")
                .then()
                .statusCode(200)
                .body("subject", equalTo("staff-3"))
                .body("roles", equalTo(List.of("fulfilment")))
                .body("token", equalTo(null));
    }

    @Test
    void anAnswerForAnotherSignInIsRefused() {
        var mine = login();
        var theirs = login();

        var callback = callback(approve(theirs), flowCookieOf(mine));

        assertFailedWith(callback, "expired");
    }

    @Test
    void anAnswerWithoutTheFlowCookieIsRefused() {
        var callback = callback(approve(login()), null);

        assertFailedWith(callback, "expired");
    }

    @Test
    void aVerifierThatIsNotTheChallengesIsRefusedByTheProvider() {
        var login = login();
        var flow = SignInFlow.fromCookie(flowCookieOf(login)).orElseThrow();
        var forged =
                new SignInFlow(flow.state(), flow.nonce(), SignInFlow.start().verifier());

        var callback = callback(approve(login), forged.cookieValue());

        assertFailedWith(callback, "failed");
        assertThat(StandInProvider.REFUSALS).containsExactly("invalid_grant: code_verifier");
    }

    @Test
    void theProvidersRefusalIsShownInTheConsolesWordsNotTheProviders() {
        StandInProvider.fault = Fault.REFUSE_AUTHORIZATION;
        var login = login();

        var callback = callback(approve(login), flowCookieOf(login));

        assertFailedWith(callback, "refused");
    }

    @Test
    void anIdTokenForAnotherSignInIsRefused() {
        StandInProvider.fault = Fault.ANOTHER_NONCE;
        var login = login();

        assertFailedWith(callback(approve(login), flowCookieOf(login)), "failed");
    }

    @Test
    void anIdTokenForAnotherClientIsRefused() {
        StandInProvider.fault = Fault.ANOTHER_AUDIENCE;
        var login = login();

        assertFailedWith(callback(approve(login), flowCookieOf(login)), "failed");
    }

    @Test
    void tokensNotSignedWithTheProvidersKeysAreRefused() {
        StandInProvider.fault = Fault.ANOTHER_KEY;
        var login = login();

        assertFailedWith(callback(approve(login), flowCookieOf(login)), "failed");
    }

    @Test
    void aSessionCookieNotSignedByTheProviderIsNoSession() throws Exception {
        StandInProvider.fault = Fault.ANOTHER_KEY;
        var forged = StandInProvider.accessToken(new Person("intruder", List.of("operator")));
        StandInProvider.fault = Fault.NONE;

        var answer = given().cookie(SessionCookie.NAME, forged).get("/console/session");

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(setCookie(answer, SessionCookie.NAME).orElseThrow()).contains("Max-Age=0");
        given().get("/console/session").then().statusCode(401).body("title", equalTo("Not signed in"));
    }

    @Test
    void signingOutEndsTheSession() {
        var answer = given().cookie(SessionCookie.NAME, "a-token").post("/console/sign-out");

        assertThat(answer.statusCode()).isEqualTo(204);
        var cleared = setCookie(answer, SessionCookie.NAME).orElseThrow();
        assertThat(value(cleared)).isEmpty();
        assertThat(cleared).contains("Max-Age=0");
    }

    @Test
    void theDevelopmentSignInIsNotHereBesideIt() {
        given().contentType("application/json")
                .body("{\"subject\":\"x\",\"roles\":[\"operator\"]}")
                .post("/console/dev-sign-in")
                .then()
                .statusCode(404);
    }

    private static Response login() {
        var login = given().redirects().follow(false).get("/console/oidc/login");
        assertThat(login.statusCode()).isEqualTo(303);
        return login;
    }

    /** What the browser does at the provider: follows the redirect, and is sent back to the console's callback. */
    private static String approve(Response login) {
        try {
            var answer = BROWSER.send(
                    HttpRequest.newBuilder(URI.create(login.header("Location"))).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(answer.statusCode()).isEqualTo(302);
            return answer.headers().firstValue("Location").orElseThrow();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Response callback(String location, String flowCookie) {
        var request = given().redirects().follow(false).urlEncodingEnabled(false);
        if (flowCookie != null) {
            request.cookie(OidcSignIn.FLOW_COOKIE, flowCookie);
        }
        return request.get(location);
    }

    private static void assertFailedWith(Response callback, String reason) {
        assertThat(callback.statusCode()).isEqualTo(303);
        assertThat(callback.header("Location")).isEqualTo("/index.html?sign-in=" + reason);
        assertThat(setCookie(callback, SessionCookie.NAME)).isEmpty();
    }

    private static String flowCookieOf(Response login) {
        return value(setCookie(login, OidcSignIn.FLOW_COOKIE).orElseThrow());
    }

    private static Optional<String> setCookie(Response response, String name) {
        return response.headers().getValues("Set-Cookie").stream()
                .filter(header -> header.startsWith(name + "="))
                .findFirst();
    }

    private static String value(String setCookie) {
        var pair = setCookie.split(";", 2)[0];
        return pair.substring(pair.indexOf('=') + 1);
    }

    private static String s256(String verifier) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
