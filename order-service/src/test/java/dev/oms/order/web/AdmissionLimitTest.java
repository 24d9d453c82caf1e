package dev.oms.order.web;

import static dev.oms.order.support.OrderTokens.asCustomer;
import static dev.oms.order.support.OrderTokens.asFulfilment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.oms.platform.testing.Metrics;
import dev.oms.platform.web.ProblemDetail;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The admission limit on commands: with one placement in progress and the limit at one, the next command is answered
 * 503 at once, with Retry-After and a problem body, and places nothing; a query still answers; the admitted placement
 * completes once the database lets it.
 */
@QuarkusTest
@TestProfile(AdmissionLimitTest.OneCommandAtATime.class)
class AdmissionLimitTest {

    public static class OneCommandAtATime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("oms.commands.max-in-flight", "1");
        }
    }

    @Inject
    AgroalDataSource database;

    @Test
    void aCommandBeyondTheLimitIsRefusedAt503AndCarriedOutNowhere() throws Exception {
        var customer = "customer-admission-" + UUID.randomUUID().toString().substring(0, 8);
        var heldKey = "held-" + UUID.randomUUID();
        var threads = Executors.newSingleThreadExecutor();
        try (var connection = database.getConnection()) {
            connection.setAutoCommit(false);
            // An uncommitted row with the key the first placement uses: its insert of the key waits on this row, so
            // it holds the only running place of the limit for as long as this transaction is open.
            try (var insert = connection.prepareStatement("INSERT INTO ordering.idempotency_key"
                    + " (customer_id, idempotency_key, request_hash, order_id, created_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, customer);
                insert.setString(2, heldKey);
                insert.setString(3, "0".repeat(64));
                insert.setObject(4, UUID.randomUUID());
                insert.setTimestamp(5, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }

            var running = threads.submit(() -> place(customer, heldKey));
            await().atMost(Duration.ofSeconds(20)).until(() -> Metrics.value("oms_commands_in_flight") == 1);
            double refusedBefore = Metrics.value("oms_commands_refused_total");

            var refused = place(customer, null);
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.header("Retry-After")).isEqualTo("1");
            assertThat(refused.contentType()).startsWith(ProblemDetail.MEDIA_TYPE);
            assertThat(refused.jsonPath().getInt("status")).isEqualTo(503);
            assertThat(refused.jsonPath().getString("detail")).contains("not carried out");
            assertThat(Metrics.value("oms_commands_refused_total")).isEqualTo(refusedBefore + 1);
            // queries are not limited, and the refused placement left nothing behind
            var meanwhile = asFulfilment()
                    .queryParam("customerId", customer)
                    .get("/api/orders")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(meanwhile.getList("items")).isEmpty();

            connection.rollback();
            assertThat(running.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(10)).until(() -> Metrics.value("oms_commands_in_flight") == 0);
        } finally {
            threads.shutdownNow();
        }

        var orders = asFulfilment()
                .queryParam("customerId", customer)
                .get("/api/orders")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(orders.getList("items")).hasSize(1);
    }

    private static Response place(String customer, String idempotencyKey) {
        var request = asCustomer(customer).contentType(ContentType.JSON).body("""
                {"lines":[{"productId":"%s","quantity":1}]}
                """.formatted(UUID.randomUUID()));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.post("/api/orders");
    }
}
