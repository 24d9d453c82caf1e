package dev.oms.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderOutcomesTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void latencyRunsFromCreationToTheConfirmingStatusChange() throws Exception {
        var orders = List.of(
                order(
                        "a",
                        "CONFIRMED",
                        "2026-03-01T09:00:00.000000Z",
                        "{\"at\":\"2026-03-01T09:00:00.250000Z\",\"from\":\"PENDING\",\"to\":\"CONFIRMED\"}"),
                order(
                        "b",
                        "SHIPPED",
                        "2026-03-01T09:00:01.000000Z",
                        "{\"at\":\"2026-03-01T09:00:01.100500Z\",\"from\":\"PENDING\",\"to\":\"CONFIRMED\"},"
                                + "{\"at\":\"2026-03-01T09:00:05Z\",\"from\":\"CONFIRMED\",\"to\":\"SHIPPED\"}"),
                order(
                        "c",
                        "REJECTED",
                        "2026-03-01T09:00:01.000000Z",
                        "{\"at\":\"2026-03-01T09:00:01.3Z\",\"from\":\"PENDING\",\"to\":\"REJECTED\"}"),
                order("d", "PENDING", "2026-03-01T09:00:01.500000Z", ""),
                order(
                        "someone else's",
                        "CONFIRMED",
                        "2026-03-01T08:00:00Z",
                        "{\"at\":\"2026-03-01T08:00:09Z\",\"from\":\"PENDING\",\"to\":\"CONFIRMED\"}"));

        var outcomes = OrderOutcomes.of(Set.of("a", "b", "c", "d", "never listed"), orders);

        assertThat(outcomes.placed()).isEqualTo(5);
        assertThat(outcomes.confirmed())
                .as("a SHIPPED order reached CONFIRMED on its way")
                .isEqualTo(2);
        assertThat(outcomes.rejected()).isEqualTo(1);
        assertThat(outcomes.pending()).as("d, and the order not listed yet").isEqualTo(2);
        assertThat(outcomes.settled()).isFalse();
        assertThat(outcomes.latenciesMicros()).containsExactlyInAnyOrder(250_000L, 100_500L);
        assertThat(outcomes.latencyMillis(50)).isEqualTo(100.5);
        assertThat(outcomes.latencyMillis(99)).isEqualTo(250.0);
        // 2 confirmations between 09:00:00.000 and 09:00:01.1005
        assertThat(outcomes.confirmedPerSecond()).isCloseTo(2 / 1.1005, offset(0.001));
    }

    @Test
    void noConfirmationGivesZeros() {
        var outcomes = OrderOutcomes.of(Set.of("x"), List.of());
        assertThat(outcomes.pending()).isEqualTo(1);
        assertThat(outcomes.confirmedPerSecond()).isZero();
        assertThat(outcomes.entries()).containsEntry("confirm.p99", "0.0").containsEntry("pending", "1");
    }

    private JsonNode order(String id, String status, String createdAt, String history) throws Exception {
        return json.readTree("{\"id\":\"" + id + "\",\"status\":\"" + status + "\",\"createdAt\":\"" + createdAt
                + "\",\"statusHistory\":[" + history + "]}");
    }
}
