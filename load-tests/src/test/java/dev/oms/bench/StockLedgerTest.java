package dev.oms.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StockLedgerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theStockOfTheOrderedProductsFallsByTheConfirmedUnitsOnly() throws Exception {
        var orders = List.of(
                order("o1", "CONFIRMED", "p1", 2, "p2", 1),
                order("o2", "REJECTED", "p1", 5),
                order("o3", "CONFIRMED", "p3", 1),
                order("other-run", "CONFIRMED", "p9", 7));
        var before = Map.of("p1", 10, "p2", 10, "p3", 10, "p9", 10);

        var held = StockLedger.of(before, Map.of("p1", 8, "p2", 9, "p3", 9, "p9", 3), Set.of("o1", "o2", "o3"), orders);
        var oversold =
                StockLedger.of(before, Map.of("p1", 7, "p2", 9, "p3", 9, "p9", 3), Set.of("o1", "o2", "o3"), orders);

        assertThat(held.confirmedUnits()).isEqualTo(4);
        assertThat(held.held()).isTrue();
        assertThat(held.entries()).containsEntry("invariant.stock", "held");
        assertThat(oversold.held()).isFalse();
        assertThat(oversold.entries()).containsEntry("invariant.stock", "broken");
    }

    private static JsonNode order(String id, String status, Object... lines) throws Exception {
        var json = new StringBuilder("{\"id\":\"" + id + "\",\"status\":\"" + status + "\",\"lines\":[");
        for (int i = 0; i < lines.length; i += 2) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"productId\":\"")
                    .append(lines[i])
                    .append("\",\"quantity\":")
                    .append(lines[i + 1])
                    .append('}');
        }
        json.append("],\"statusHistory\":[{\"from\":\"PENDING\",\"to\":\"")
                .append(status)
                .append("\"}]}");
        return JSON.readTree(json.toString());
    }
}
