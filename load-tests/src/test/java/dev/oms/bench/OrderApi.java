package dev.oms.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The order API as the harness uses it outside the measured load: placing a few orders, reading them back. */
final class OrderApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String orderUrl;

    OrderApi(String orderUrl) {
        this.orderUrl = orderUrl;
    }

    static String placementJson(String customerId, List<String> productIds) {
        var lines = new StringBuilder();
        for (var productId : productIds) {
            if (!lines.isEmpty()) {
                lines.append(',');
            }
            lines.append("{\"productId\":\"").append(productId).append("\",\"quantity\":1}");
        }
        return "{\"customerId\":\"" + customerId + "\",\"lines\":[" + lines + "]}";
    }

    /** Places an order and answers its id. */
    String place(List<String> productIds) {
        var request = HttpRequest.newBuilder(URI.create(orderUrl + "/api/orders"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", Tokens.bearer(Tokens.CUSTOMER))
                .POST(HttpRequest.BodyPublishers.ofString(placementJson(Bench.customerId(), productIds)))
                .build();
        var answer = send(request, 202);
        return answer.get("id").asText();
    }

    /**
     * Whether any order of the benchmark's customer placed at or after {@code from} is still PENDING: one small page,
     * so that waiting for the orders to settle does not load the service being measured.
     */
    boolean anyPending(Instant from) {
        var uri = orderUrl + "/api/orders?size=1&status=PENDING&customerId=" + encode(Bench.customerId()) + "&from="
                + encode(from.toString());
        return !get(uri).get("items").isEmpty();
    }

    /** Every order of the benchmark's customer placed at or after {@code from}, newest first. */
    List<JsonNode> placedSince(Instant from) {
        var orders = new ArrayList<JsonNode>();
        String cursor = null;
        do {
            var uri = orderUrl + "/api/orders?size=100&customerId=" + encode(Bench.customerId()) + "&from="
                    + encode(from.toString()) + (cursor == null ? "" : "&cursor=" + encode(cursor));
            var page = get(uri);
            page.get("items").forEach(orders::add);
            var next = page.get("nextCursor");
            cursor = next == null || next.isNull() ? null : next.asText();
        } while (cursor != null);
        return orders;
    }

    private JsonNode get(String uri) {
        return send(
                HttpRequest.newBuilder(URI.create(uri))
                        .timeout(Duration.ofSeconds(30))
                        .header("Accept", "application/json")
                        .header("Authorization", Tokens.bearer(Tokens.FULFILMENT))
                        .build(),
                200);
    }

    private JsonNode send(HttpRequest request, int expectedStatus) {
        try {
            var response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expectedStatus) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
