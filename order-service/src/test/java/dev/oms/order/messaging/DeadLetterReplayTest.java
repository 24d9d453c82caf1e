package dev.oms.order.messaging;

import static dev.oms.order.support.OrderApi.place;
import static dev.oms.order.support.OrderApi.statusOf;
import static dev.oms.order.support.OrderApi.stockReservedMessage;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.oms.events.Exchanges;
import dev.oms.events.Subscription;
import dev.oms.order.support.OrderTokens;
import dev.oms.order.support.StockOutcomeFaults;
import dev.oms.platform.testing.Broker;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: a poison message is still dead-lettered after its deliveries, and once what made it fail is repaired, the
 * operator's replay brings it to completion; a letter nobody wants is discarded. Over the real broker, through the
 * admin API an operator uses ({@code /admin/dead-letters}).
 */
@QuarkusTest
class DeadLetterReplayTest {

    private static final String DEAD_LETTERS = Subscription.STOCK_OUTCOMES.deadLetterQueue();
    private static final String OPERATOR = OrderTokens.DEV.token("ops-1", "operator");

    @Inject
    StockOutcomeFaults faults;

    private Broker broker;

    @BeforeEach
    void connect() throws Exception {
        broker = new Broker();
        broker.drain(DEAD_LETTERS);
    }

    @AfterEach
    void disconnect() throws Exception {
        broker.close();
    }

    @Test
    void aPoisonMessageIsDeadLetteredAndOnceRepairedItsReplayConfirmsTheOrder() throws Exception {
        var productId = UUID.randomUUID();
        var orderId = place("customer-dead-letter", productId, 1);
        var repaired = new AtomicBoolean();
        faults.aroundConfirmation(
                (command, confirm) -> command.orderId().toString().equals(orderId) && !repaired.get()
                        ? Uni.createFrom().failure(new IllegalStateException("a bug, until it is fixed"))
                        : confirm.get());
        var message = stockReservedMessage(orderId, productId, 1);
        var eventId = new JsonPath(message).getString("eventId");

        broker.publish(Exchanges.PRODUCT_EVENTS, "StockReserved", message);

        await("dead-lettered after its deliveries")
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(letter(eventId)).isNotNull());
        var letter = letter(eventId);
        assertThat(letter).containsEntry("type", "StockReserved").containsEntry("reason", "delivery_limit");
        assertThat(statusOf(orderId)).isEqualTo("PENDING");

        repaired.set(true);
        var replayed = given().auth()
                .oauth2(OPERATOR)
                .queryParam("eventId", eventId)
                .post("/admin/dead-letters/" + DEAD_LETTERS + "/replay")
                .then()
                .statusCode(200)
                .extract()
                .<Integer>path("replayed");

        assertThat(replayed).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(statusOf(orderId)).isEqualTo("CONFIRMED"));
        assertThat(letter(eventId)).isNull();
    }

    @Test
    void aLetterIsDiscardedByItsEventIdAndTheRestAllAtOnce() throws Exception {
        broker.publishRaw(Exchanges.PRODUCT_EVENTS, "StockReserved", "{not json".getBytes(StandardCharsets.UTF_8));
        var unwanted = stockReservedMessage(UUID.randomUUID().toString(), UUID.randomUUID(), 1);
        // as the broker dead-letters a message of the work queue
        broker.publishRaw(
                Exchanges.DEAD_LETTERS, Subscription.STOCK_OUTCOMES.queue(), unwanted.getBytes(StandardCharsets.UTF_8));
        await().atMost(Duration.ofSeconds(15)).until(() -> deadLetterCount() == 2);

        assertThat(discard(new JsonPath(unwanted).getString("eventId"))).isEqualTo(1);
        assertThat(deadLetterCount()).isEqualTo(1);
        assertThat(discard(null)).isEqualTo(1);
        assertThat(deadLetterCount()).isZero();
    }

    private static int discard(String eventId) {
        var request = given().auth().oauth2(OPERATOR);
        if (eventId != null) {
            request.queryParam("eventId", eventId);
        }
        return request.delete("/admin/dead-letters/" + DEAD_LETTERS)
                .then()
                .statusCode(200)
                .extract()
                .<Integer>path("discarded");
    }

    @Test
    void onlyAnOperatorMayTouchDeadLetters() {
        given().get("/admin/dead-letters").then().statusCode(401);
        given().auth()
                .oauth2(OrderTokens.fulfilment())
                .post("/admin/dead-letters/" + DEAD_LETTERS + "/replay")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(OPERATOR)
                .delete("/admin/dead-letters/not-a-queue-of-ours")
                .then()
                .statusCode(404);
    }

    private static Map<String, Object> letter(String eventId) {
        List<Map<String, Object>> letters = queue().getList("find { it.name == '" + DEAD_LETTERS + "' }.first");
        return letters.stream()
                .filter(l -> eventId.equals(l.get("eventId")))
                .findFirst()
                .orElse(null);
    }

    private static long deadLetterCount() {
        return queue().getLong("find { it.name == '" + DEAD_LETTERS + "' }.count");
    }

    private static JsonPath queue() {
        return given().auth()
                .oauth2(OPERATOR)
                .get("/admin/dead-letters")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
