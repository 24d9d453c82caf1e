package dev.oms.order.web;

import static dev.oms.order.support.OrderApi.place;
import static dev.oms.order.support.OrderApi.statusOf;
import static dev.oms.order.support.OrderTokens.asCustomer;
import static dev.oms.order.support.OrderTokens.asFulfilment;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.oms.order.support.OrderApi;
import dev.oms.order.support.OrderTokens;
import dev.oms.platform.testing.Broker;
import dev.oms.platform.testing.DevTokens;
import dev.oms.platform.web.ProblemDetail;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what with orders: a customer places, reads, lists and cancels their own; fulfilment staff read and list
 * all and move them on; nobody else, and nobody without a valid token.
 */
@QuarkusTest
class OrderSecurityTest {

    private Broker broker;

    @BeforeEach
    void connect() throws Exception {
        broker = new Broker();
    }

    @AfterEach
    void disconnect() throws Exception {
        broker.close();
    }

    static Stream<Arguments> invalidTokens() {
        return Stream.of(
                Arguments.of("expired", OrderTokens.DEV.expired("alice", OrderTokens.CUSTOMER)),
                Arguments.of(
                        "signed with another key",
                        DevTokens.withAnUntrustedKey().token("alice", OrderTokens.CUSTOMER)),
                Arguments.of(
                        "from another issuer",
                        OrderTokens.DEV.issuedBy("https://elsewhere.example").token("alice", OrderTokens.CUSTOMER)),
                Arguments.of(
                        "meant for another application (same issuer and key)",
                        OrderTokens.DEV.forAudience("billing").token("alice", OrderTokens.CUSTOMER)),
                Arguments.of("not a JWT", "not-a-token"));
    }

    // --- authentication ------------------------------------------------------------------------------------------

    @Test
    void withoutATokenEveryEndpointIsUnauthorizedWithABearerChallengeAndNothingIsPlaced() {
        var customer = uniqueCustomer();
        var existing = place(customer, UUID.randomUUID(), 1);

        for (var response : List.of(
                placeOrder(given(), customer),
                given().get("/api/orders/" + existing),
                given().get("/api/orders"),
                cancel(given(), existing))) {
            response.then()
                    .statusCode(401)
                    .header("WWW-Authenticate", "Bearer")
                    .contentType(ProblemDetail.MEDIA_TYPE)
                    .body("status", equalTo(401))
                    .body("title", equalTo("Unauthorized"));
        }
        assertThat(ordersOf(customer)).containsExactly(existing);
        assertThat(statusOf(existing)).isEqualTo("PENDING");
    }

    @ParameterizedTest(name = "a token {0}")
    @MethodSource("invalidTokens")
    void anInvalidTokenIsUnauthorizedAndPlacesNothing(String why, String token) {
        var customer = "alice";
        var before = ordersOf(customer);

        placeOrder(given().auth().oauth2(token), customer)
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                .contentType(ProblemDetail.MEDIA_TYPE)
                .body("detail", equalTo("The bearer token is invalid or expired"));
        given().auth().oauth2(token).get("/api/orders").then().statusCode(401);

        assertThat(ordersOf(customer)).isEqualTo(before);
    }

    // --- roles ---------------------------------------------------------------------------------------------------

    @Test
    void onlyACustomerPlacesOrders() {
        for (var role : List.of("fulfilment", "catalog-admin")) {
            var subject = uniqueCustomer();
            placeOrder(given().auth().oauth2(OrderTokens.DEV.token(subject, role)), subject)
                    .then()
                    .statusCode(403)
                    .contentType(ProblemDetail.MEDIA_TYPE)
                    .body("detail", equalTo("Your token lacks the role this needs"));
            assertThat(ordersOf(subject)).as(role).isEmpty();
        }
    }

    @Test
    void aRoleThatIsNeitherCustomerNorFulfilmentSeesAndChangesNothing() {
        var order = place(uniqueCustomer(), UUID.randomUUID(), 1);
        var admin = given().auth().oauth2(OrderTokens.DEV.token("admin", "catalog-admin"));

        admin.get("/api/orders/" + order).then().statusCode(403).contentType(ProblemDetail.MEDIA_TYPE);
        given().auth()
                .oauth2(OrderTokens.DEV.token("admin", "catalog-admin"))
                .get("/api/orders")
                .then()
                .statusCode(403)
                .contentType(ProblemDetail.MEDIA_TYPE);
        cancel(given().auth().oauth2(OrderTokens.DEV.token("admin", "catalog-admin")), order)
                .then()
                .statusCode(403)
                .contentType(ProblemDetail.MEDIA_TYPE);
        given().auth()
                .oauth2(OrderTokens.DEV.token("nobody"))
                .get("/api/orders")
                .then()
                .statusCode(403);

        assertThat(statusOf(order)).isEqualTo("PENDING");
    }

    // --- placing: the order is the caller's ----------------------------------------------------------------------

    @Test
    void theOrderIsTheCallersWhenTheBodyNamesNoCustomer() {
        var customer = uniqueCustomer();
        var id = asCustomer(customer)
                .contentType(ContentType.JSON)
                .body("""
                        {"lines":[{"productId":"%s","quantity":2}]}
                        """.formatted(UUID.randomUUID()))
                .post("/api/orders")
                .then()
                .statusCode(202)
                .body("customerId", equalTo(customer))
                .extract()
                .<String>path("id");

        assertThat(OrderApi.read(id).getString("customerId")).isEqualTo(customer);
        assertThat(ordersOf(customer)).containsExactly(id);
    }

    @Test
    void aBodyThatNamesAnotherCustomerIsForbiddenAndPlacesNothingForEither() {
        var mallory = uniqueCustomer();
        var victim = uniqueCustomer();

        placeOrder(asCustomer(mallory), victim)
                .then()
                .statusCode(403)
                .contentType(ProblemDetail.MEDIA_TYPE)
                .body("detail", equalTo("customerId names another customer; an order is always placed for the caller"));

        assertThat(ordersOf(victim)).isEmpty();
        assertThat(ordersOf(mallory)).isEmpty();
    }

    // --- reading and listing -------------------------------------------------------------------------------------

    @Test
    void aCustomerReadsTheirOwnOrderAndAnotherCustomersIsNotFoundExactlyLikeAMissingOne() {
        var alice = uniqueCustomer();
        var bob = uniqueCustomer();
        var alicesOrder = place(alice, UUID.randomUUID(), 1);

        asCustomer(alice)
                .get("/api/orders/" + alicesOrder)
                .then()
                .statusCode(200)
                .body("id", equalTo(alicesOrder))
                .body("customerId", equalTo(alice));

        var notHers = asCustomer(bob)
                .get("/api/orders/" + alicesOrder)
                .then()
                .statusCode(404)
                .contentType(ProblemDetail.MEDIA_TYPE)
                .extract()
                .jsonPath();
        var missing = UUID.randomUUID().toString();
        var absent = asCustomer(bob)
                .get("/api/orders/" + missing)
                .then()
                .statusCode(404)
                .extract()
                .jsonPath();
        assertThat(notHers.getString("detail")).isEqualTo("No order with id " + alicesOrder);
        assertThat(notHers.getMap("$")).containsOnlyKeys(absent.getMap("$").keySet());
        assertThat(absent.getString("detail")).isEqualTo("No order with id " + missing);

        asFulfilment().get("/api/orders/" + alicesOrder).then().statusCode(200).body("customerId", equalTo(alice));
    }

    @Test
    void aCustomerListsOnlyTheirOwnOrdersAndMayNotNameAnotherCustomer() {
        var alice = uniqueCustomer();
        var bob = uniqueCustomer();
        var alices = List.of(place(alice, UUID.randomUUID(), 1), place(alice, UUID.randomUUID(), 2));
        var bobs = place(bob, UUID.randomUUID(), 1);

        assertThat(listIds(asCustomer(alice), Map.of("size", "100")))
                .containsExactlyInAnyOrderElementsOf(alices)
                .doesNotContain(bobs);
        assertThat(listIds(asCustomer(alice), Map.of("customerId", alice))).containsExactlyInAnyOrderElementsOf(alices);
        assertThat(listIds(asCustomer(bob), Map.of())).containsExactly(bobs);

        asCustomer(alice)
                .queryParam("customerId", bob)
                .get("/api/orders")
                .then()
                .statusCode(403)
                .contentType(ProblemDetail.MEDIA_TYPE)
                .body(
                        "detail",
                        equalTo("A customer may list only their own orders; leave customerId out or give your own"));
    }

    @Test
    void fulfilmentListsEveryCustomersOrders() {
        var alice = uniqueCustomer();
        var bob = uniqueCustomer();
        var alices = place(alice, UUID.randomUUID(), 1);
        var bobs = place(bob, UUID.randomUUID(), 1);

        assertThat(listIds(asFulfilment(), Map.of("customerId", bob))).containsExactly(bobs);
        assertThat(listIds(asFulfilment(), Map.of("size", "100"))).contains(alices, bobs);
    }

    // --- status changes ------------------------------------------------------------------------------------------

    @Test
    void aCustomerCancelsTheirOwnPendingOrder() {
        var alice = uniqueCustomer();
        var order = place(alice, UUID.randomUUID(), 1);

        cancel(asCustomer(alice), order)
                .then()
                .statusCode(200)
                .body("from", equalTo("PENDING"))
                .body("to", equalTo("CANCELLED"));

        assertThat(statusOf(order)).isEqualTo("CANCELLED");
    }

    @Test
    void aCustomerCancelsTheirOwnConfirmedOrder() throws Exception {
        var alice = uniqueCustomer();
        var order = confirmed(alice);

        cancel(asCustomer(alice), order).then().statusCode(200).body("from", equalTo("CONFIRMED"));

        assertThat(statusOf(order)).isEqualTo("CANCELLED");
    }

    @Test
    void anotherCustomersOrderCannotBeCancelledAndLooksMissing() {
        var order = place(uniqueCustomer(), UUID.randomUUID(), 1);

        cancel(asCustomer(uniqueCustomer()), order)
                .then()
                .statusCode(404)
                .contentType(ProblemDetail.MEDIA_TYPE)
                .body("detail", equalTo("No order with id " + order));

        assertThat(statusOf(order)).isEqualTo("PENDING");
    }

    @Test
    void aCustomerMayNotShipOrDeliverEvenTheirOwnOrder() throws Exception {
        var alice = uniqueCustomer();
        var order = confirmed(alice);

        change(asCustomer(alice), order, "SHIPPED")
                .then()
                .statusCode(403)
                .contentType(ProblemDetail.MEDIA_TYPE)
                .body("detail", equalTo("A customer may only cancel an order; SHIPPED is set by fulfilment staff"));
        change(asCustomer(alice), order, "DELIVERED").then().statusCode(403);

        assertThat(statusOf(order)).isEqualTo("CONFIRMED");
    }

    @Test
    void aCustomerMayNotCancelAShippedOrderButFulfilmentMay() throws Exception {
        var alice = uniqueCustomer();
        var order = confirmed(alice);
        change(asFulfilment(), order, "SHIPPED").then().statusCode(200).body("to", equalTo("SHIPPED"));

        cancel(asCustomer(alice), order)
                .then()
                .statusCode(403)
                .contentType(ProblemDetail.MEDIA_TYPE)
                .body(
                        "detail",
                        equalTo("A customer may cancel an order only while it is PENDING or CONFIRMED; order " + order
                                + " is SHIPPED"));
        assertThat(statusOf(order)).isEqualTo("SHIPPED");

        change(asFulfilment(), order, "DELIVERED").then().statusCode(200).body("to", equalTo("DELIVERED"));
        assertThat(statusOf(order)).isEqualTo("DELIVERED");
    }

    @Test
    void fulfilmentCancelsAnyCustomersOrder() {
        var order = place(uniqueCustomer(), UUID.randomUUID(), 1);

        cancel(asFulfilment(), order).then().statusCode(200).body("to", equalTo("CANCELLED"));

        assertThat(statusOf(order)).isEqualTo("CANCELLED");
    }

    @Test
    void aStatusOnlyTheSystemSetsIsStillABadRequestForACustomer() {
        var alice = uniqueCustomer();
        var order = place(alice, UUID.randomUUID(), 1);

        change(asCustomer(alice), order, "CONFIRMED").then().statusCode(400).body("errors[0].field", equalTo("status"));

        assertThat(statusOf(order)).isEqualTo("PENDING");
    }

    // --- public endpoints ----------------------------------------------------------------------------------------

    @Test
    void healthAndTheApiDocumentationNeedNoToken() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("info.title", equalTo("Order service API"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private static String uniqueCustomer() {
        return "sec-" + UUID.randomUUID().toString().substring(0, 13);
    }

    private String confirmed(String customer) throws Exception {
        var product = UUID.randomUUID();
        var order = place(customer, product, 1);
        OrderApi.stockReserved(broker, order, product, 1);
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(statusOf(order)).isEqualTo("CONFIRMED"));
        return order;
    }

    private static Response placeOrder(RequestSpecification request, String customerId) {
        return request.contentType(ContentType.JSON)
                .body("""
                        {"customerId":"%s","lines":[{"productId":"%s","quantity":1}]}
                        """.formatted(customerId, UUID.randomUUID()))
                .post("/api/orders");
    }

    private static Response cancel(RequestSpecification request, String orderId) {
        return change(request, orderId, "CANCELLED");
    }

    private static Response change(RequestSpecification request, String orderId, String status) {
        return request.contentType(ContentType.JSON)
                .body("{\"status\":\"%s\",\"reason\":\"test\"}".formatted(status))
                .patch("/api/orders/" + orderId + "/status");
    }

    private static List<String> ordersOf(String customer) {
        return listIds(asFulfilment(), Map.of("customerId", customer));
    }

    private static List<String> listIds(RequestSpecification request, Map<String, String> params) {
        return request.queryParams(params)
                .get("/api/orders")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", String.class);
    }
}
