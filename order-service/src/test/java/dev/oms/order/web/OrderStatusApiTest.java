package dev.oms.order.web;

import static dev.oms.order.support.OrderApi.changeStatus;
import static dev.oms.order.support.OrderApi.place;
import static dev.oms.order.support.OrderApi.read;
import static dev.oms.order.support.OrderApi.statusOf;
import static dev.oms.order.support.OrderTokens.asFulfilment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.oms.order.support.OrderApi;
import dev.oms.platform.testing.Broker;
import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PATCH /api/orders/{id}/status: the state machine, its history, and races between two changes. */
@QuarkusTest
class OrderStatusApiTest {

    private Broker broker;

    @BeforeEach
    void connect() throws Exception {
        broker = new Broker();
    }

    @AfterEach
    void disconnect() throws Exception {
        broker.close();
    }

    @Test
    void aConfirmedOrderIsShippedThenDeliveredAndItsHistoryTellsTheWholeWay() throws Exception {
        var orderId = confirmedOrder();

        changeStatus(orderId, "SHIPPED", "parcel 42")
                .then()
                .statusCode(200)
                .body("orderId", equalTo(orderId))
                .body("from", equalTo("CONFIRMED"))
                .body("to", equalTo("SHIPPED"))
                .body("reason", equalTo("parcel 42"));
        changeStatus(orderId, "DELIVERED", "signed for").then().statusCode(200).body("to", equalTo("DELIVERED"));

        var order = read(orderId);
        assertThat(order.getString("status")).isEqualTo("DELIVERED");
        assertThat(order.getList("statusHistory.from")).containsExactly("PENDING", "CONFIRMED", "SHIPPED");
        assertThat(order.getList("statusHistory.to")).containsExactly("CONFIRMED", "SHIPPED", "DELIVERED");
        assertThat(order.getList("statusHistory.reason")).containsExactly("stock reserved", "parcel 42", "signed for");
        assertThat(order.getList("statusHistory.at", String.class))
                .isSorted()
                .allSatisfy(at -> assertThat(at).isNotBlank());
        assertThat(order.getString("updatedAt")).isEqualTo(order.getString("statusHistory[2].at"));
    }

    @Test
    void aMoveTheStateMachineForbidsIsAConflictNamingTheCurrentStatus() {
        var orderId = place("status-" + UUID.randomUUID(), UUID.randomUUID(), 1);

        changeStatus(orderId, "SHIPPED", "too early")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("currentStatus", equalTo("PENDING"))
                .body("detail", org.hamcrest.Matchers.containsString("PENDING"));

        assertThat(statusOf(orderId)).isEqualTo("PENDING");
        assertThat(read(orderId).getList("statusHistory")).isEmpty();
    }

    @Test
    void aClientCannotConfirmOrRejectAnOrderOnlyTheStockOutcomeCan() {
        var orderId = place("status-" + UUID.randomUUID(), UUID.randomUUID(), 1);

        for (var status : List.of("CONFIRMED", "REJECTED", "PENDING")) {
            changeStatus(orderId, status, "let me")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", contains("status"));
        }
        assertThat(statusOf(orderId)).isEqualTo("PENDING");
    }

    @Test
    void aBadStatusAnUnknownFieldAMissingStatusAndAnUnknownOrderAreAnswered() {
        var orderId = place("status-" + UUID.randomUUID(), UUID.randomUUID(), 1);

        patch(orderId, "{\"status\":\"LOST\"}").then().statusCode(400).body("errors.field", contains("status"));
        patch(orderId, "{\"status\":\"CANCELLED\",\"force\":true}")
                .then()
                .statusCode(400)
                .body("errors.field", contains("force"));
        patch(orderId, "{\"reason\":\"no status\"}").then().statusCode(400).body("errors.field", contains("status"));
        patch(orderId, "{\"status\":\"CANCELLED\",\"reason\":\"%s\"}".formatted("r".repeat(501)))
                .then()
                .statusCode(400)
                .body("errors.field", contains("reason"));
        patch(UUID.randomUUID().toString(), "{\"status\":\"CANCELLED\"}")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        patch("not-a-uuid", "{\"status\":\"CANCELLED\"}").then().statusCode(400).body("errors.field", contains("id"));

        assertThat(statusOf(orderId)).isEqualTo("PENDING");
    }

    @Test
    void aPendingOrderCanBeCancelledAndThenNothingElse() {
        var orderId = place("status-" + UUID.randomUUID(), UUID.randomUUID(), 1);

        changeStatus(orderId, "CANCELLED", "changed my mind").then().statusCode(200);
        changeStatus(orderId, "SHIPPED", "ship it anyway")
                .then()
                .statusCode(409)
                .body("currentStatus", equalTo("CANCELLED"));

        var order = read(orderId);
        assertThat(order.getString("status")).isEqualTo("CANCELLED");
        assertThat(order.getList("statusHistory.to")).containsExactly("CANCELLED");
    }

    /**
     * Two people change the same confirmed order at the same moment, one to SHIPPED and one to CANCELLED. Exactly one
     * wins; the other gets 409 (either the version check caught the race, or it came second and the state machine
     * refused), and retrying it sees the winner's status.
     */
    @Test
    void ofTwoConcurrentChangesExactlyOneWins() throws Exception {
        var pool = Executors.newFixedThreadPool(2);
        var versionConflicts = 0;
        try {
            for (var round = 0; round < 5; round++) {
                var orderId = confirmedOrder();
                var start = new CyclicBarrier(2);
                var calls = new ArrayList<CompletableFuture<Response>>();
                for (var status : List.of("SHIPPED", "CANCELLED")) {
                    calls.add(CompletableFuture.supplyAsync(
                            () -> {
                                awaitBarrier(start);
                                return changeStatus(orderId, status, "race")
                                        .then()
                                        .extract()
                                        .response();
                            },
                            pool));
                }
                var responses = calls.stream().map(CompletableFuture::join).toList();

                assertThat(responses).extracting(Response::statusCode).containsExactlyInAnyOrder(200, 409);
                var winner = responses.stream()
                        .filter(r -> r.statusCode() == 200)
                        .findFirst()
                        .orElseThrow();
                var loser = responses.stream()
                        .filter(r -> r.statusCode() == 409)
                        .findFirst()
                        .orElseThrow();
                var winningStatus = winner.<String>path("to");
                var losingStatus = winningStatus.equals("SHIPPED") ? "CANCELLED" : "SHIPPED";
                if ("Concurrent change".equals(loser.path("title"))) {
                    versionConflicts++;
                }
                var order = read(orderId);
                assertThat(order.getString("status")).isEqualTo(winningStatus);
                assertThat(order.getList("statusHistory.to")).containsExactly("CONFIRMED", winningStatus);

                changeStatus(orderId, losingStatus, "retry")
                        .then()
                        .statusCode(409)
                        .body("currentStatus", equalTo(winningStatus));
            }
        } finally {
            pool.shutdownNow();
        }
        Log.infof("Concurrent status changes: %d of 5 races were caught by the version check", versionConflicts);
    }

    private String confirmedOrder() throws Exception {
        var productId = UUID.randomUUID();
        var orderId = place("status-" + UUID.randomUUID(), productId, 2);
        OrderApi.stockReserved(broker, orderId, productId, 2);
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(statusOf(orderId)).isEqualTo("CONFIRMED"));
        return orderId;
    }

    private static Response patch(String orderId, String body) {
        return asFulfilment()
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .patch("/api/orders/" + orderId + "/status");
    }

    private static void awaitBarrier(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
