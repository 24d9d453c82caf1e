package dev.oms.order.web;

import static dev.oms.order.support.OrderTokens.asCustomer;
import static dev.oms.order.support.OrderTokens.asFulfilment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.order.persistence.IdempotencyKeyPurge;
import dev.oms.order.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** POST /api/orders with an Idempotency-Key: a retry answers the first order instead of placing a second. */
@QuarkusTest
class IdempotencyTest {

    @Inject
    TestClock clock;

    @Inject
    IdempotencyKeyPurge purge;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aRetryWithTheSameKeyAnswersTheFirstOrderAndPlacesNoOther() {
        var customer = "idem-" + UUID.randomUUID();
        var body = body(customer, UUID.randomUUID(), 2);
        var key = UUID.randomUUID().toString();

        var first = post(customer, key, body);
        var retry = post(customer, key, body);

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(first.header(OrderCommandResource.REPLAYED_HEADER)).isNull();
        assertThat(retry.statusCode()).isEqualTo(202);
        assertThat(retry.header(OrderCommandResource.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(retry.<String>path("id")).isEqualTo(first.path("id"));
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(ordersOf(customer)).containsExactly(first.<String>path("id"));
    }

    /**
     * Keys and customer ids compare exactly on both databases (a binary collation on SQL Server, whose default would
     * fold case): this runs unchanged on either.
     */
    @Test
    void keysAndCustomersThatDifferOnlyInLetterCaseAreNotTheSame() {
        var customer = "case-" + UUID.randomUUID();
        var body = body(customer, UUID.randomUUID(), 1);
        var key = "AbC-" + UUID.randomUUID();

        var first = post(customer, key, body);
        var other = post(customer, key.toLowerCase(java.util.Locale.ROOT), body);

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(other.statusCode()).isEqualTo(202);
        assertThat(other.header(OrderCommandResource.REPLAYED_HEADER)).isNull();
        assertThat(other.<String>path("id")).isNotEqualTo(first.path("id"));
        var shouting = customer.toUpperCase(java.util.Locale.ROOT);
        assertThat(ordersOf(shouting)).isEmpty();
        asCustomer(shouting).get("/api/orders/" + first.path("id")).then().statusCode(404);
        asCustomer(shouting).get("/api/orders").then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void theSameKeyWithADifferentRequestIsRefusedAndPlacesNothing() {
        var customer = "idem-" + UUID.randomUUID();
        var key = UUID.randomUUID().toString();
        var first = post(customer, key, body(customer, UUID.randomUUID(), 1));

        var other = post(customer, key, body(customer, UUID.randomUUID(), 1));

        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.<String>path("detail")).contains(key);
        assertThat(ordersOf(customer)).containsExactly(first.<String>path("id"));
    }

    @Test
    void aKeyBelongsToOneCustomer() {
        var key = UUID.randomUUID().toString();
        var product = UUID.randomUUID();
        var a = post("idem-a-" + key, key, body("idem-a-" + key, product, 1));
        var b = post("idem-b-" + key, key, body("idem-b-" + key, product, 1));

        assertThat(a.statusCode()).isEqualTo(202);
        assertThat(b.statusCode()).isEqualTo(202);
        assertThat(b.header(OrderCommandResource.REPLAYED_HEADER)).isNull();
        assertThat(b.<String>path("id")).isNotEqualTo(a.path("id"));
    }

    @Test
    void identicalRequestsSentAtTheSameMomentPlaceOneOrder() throws Exception {
        var customer = "idem-" + UUID.randomUUID();
        var body = body(customer, UUID.randomUUID(), 3);
        var key = UUID.randomUUID().toString();
        var parallel = 4;
        var start = new CyclicBarrier(parallel);
        var pool = Executors.newFixedThreadPool(parallel);
        try {
            var calls = new ArrayList<CompletableFuture<Response>>();
            for (var i = 0; i < parallel; i++) {
                calls.add(CompletableFuture.supplyAsync(
                        () -> {
                            await(start);
                            return post(customer, key, body);
                        },
                        pool));
            }
            var responses = calls.stream().map(CompletableFuture::join).toList();

            assertThat(responses).extracting(Response::statusCode).containsOnly(202);
            String firstId = responses.get(0).path("id");
            assertThat(responses).extracting(r -> r.<String>path("id")).containsOnly(firstId);
            assertThat(responses)
                    .filteredOn(r -> r.header(OrderCommandResource.REPLAYED_HEADER) == null)
                    .hasSize(1);
            assertThat(ordersOf(customer)).containsExactly(firstId);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aKeyOlderThanTheRetentionIsPurgedAndThenPlacesANewOrder() throws Throwable {
        var customer = "idem-" + UUID.randomUUID();
        var body = body(customer, UUID.randomUUID(), 1);
        var key = UUID.randomUUID().toString();
        clock.freezeAt(Instant.now().minus(Duration.ofDays(2)));
        var old = post(customer, key, body);
        clock.reset();

        var purged = VertxContextSupport.subscribeAndAwait(purge::purgeExpired);
        var again = post(customer, key, body);

        assertThat(purged.rows()).isPositive();
        assertThat(again.statusCode()).isEqualTo(202);
        assertThat(again.header(OrderCommandResource.REPLAYED_HEADER)).isNull();
        assertThat(again.<String>path("id")).isNotEqualTo(old.path("id"));
        assertThat(post(customer, key, body).<String>path("id"))
                .as("the new key is honoured")
                .isEqualTo(again.path("id"));
    }

    private static Response post(String customer, String key, String body) {
        return asCustomer(customer)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post("/api/orders")
                .then()
                .extract()
                .response();
    }

    private static String body(String customer, UUID product, int quantity) {
        return """
                {"customerId":"%s","lines":[{"productId":"%s","quantity":%d}]}
                """.formatted(customer, product, quantity);
    }

    static java.util.List<String> ordersOf(String customer) {
        return asFulfilment()
                .queryParam("customerId", customer)
                .when()
                .get("/api/orders")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", String.class);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
