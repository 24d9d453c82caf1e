package dev.oms.order.observability;

import static dev.oms.order.support.OrderApi.place;
import static dev.oms.order.support.OrderApi.statusOf;
import static dev.oms.platform.testing.Metrics.scrape;
import static dev.oms.platform.testing.Metrics.valueIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.oms.order.support.OrderApi;
import dev.oms.platform.testing.Broker;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The histograms an alert can use, as Prometheus scrapes them: the request timer and the placement-to-answer timer
 * have buckets at the latency objectives, and the answer to an order lands in them.
 */
@QuarkusTest
class LatencyHistogramsApiTest {

    private static final String ANSWERED = "oms_order_placement_to_final_seconds";

    @Test
    void anOrdersAnswerAndItsRequestsAreCountedIntoTheObjectivesBuckets() throws Exception {
        var answeredBefore = valueIn(scrape(), ANSWERED + "_count", "status", "CONFIRMED");
        var productId = UUID.randomUUID();
        var orderId = place("customer-latency", productId, 1);

        try (var broker = new Broker()) {
            OrderApi.stockReserved(broker, orderId, productId, 1);
            await().atMost(Duration.ofSeconds(15)).until(() -> "CONFIRMED".equals(statusOf(orderId)));
        }

        var scraped = scrape();
        assertThat(valueIn(scraped, ANSWERED + "_count", "status", "CONFIRMED")).isEqualTo(answeredBefore + 1);
        // every order answered so far waited less than the largest objective
        assertThat(valueIn(scraped, ANSWERED + "_bucket", "status", "CONFIRMED", "le", "10.0"))
                .isEqualTo(valueIn(scraped, ANSWERED + "_count", "status", "CONFIRMED"));
        assertThat(series(scraped, "http_server_requests_seconds_bucket", "le=\"0.025\"", "uri=\"/api/orders\""))
                .isTrue();
        assertThat(series(scraped, "http_server_requests_seconds_bucket", "le=\"0.5\""))
                .isTrue();
    }

    private static boolean series(String scraped, String name, String... labels) {
        return scraped.lines()
                .filter(line -> line.startsWith(name + "{"))
                .anyMatch(line -> java.util.Arrays.stream(labels).allMatch(line::contains));
    }
}
