package dev.oms.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The one product a hot-product run orders: added through the product API with stock no run can exhaust. */
final class HotProduct {

    static final int STOCK = 1_000_000;

    private HotProduct() {}

    /** Adds it (a SKU of its own per run) and answers its id. */
    static String create(String productUrl) {
        var body = "{\"sku\":\"HOT-" + System.currentTimeMillis() + "\",\"name\":\"Hot product\",\"description\":\"One"
                + " product every order of a run names\",\"category\":\"bench\",\"price\":9.99,"
                + "\"stock\":" + STOCK + "}";
        var request = HttpRequest.newBuilder(URI.create(productUrl + "/api/products"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", Tokens.bearer(Tokens.CATALOG_ADMIN))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException(
                        "adding the hot product answered " + response.statusCode() + ": " + response.body());
            }
            return new ObjectMapper().readTree(response.body()).get("id").asText();
        } catch (IOException e) {
            throw new IllegalStateException("adding the hot product failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
