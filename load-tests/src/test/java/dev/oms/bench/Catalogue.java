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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The products the seeding left, read once through the list API before a simulation starts (not measured). The ids
 * come in a fixed shuffled order, so that Zipf rank r is the same product on every run and the hot products are
 * spread over the categories.
 */
final class Catalogue {

    record Product(String id, int availableStock) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Product> products;

    private Catalogue(List<Product> products) {
        this.products = List.copyOf(products);
    }

    static Catalogue load(String productUrl) {
        var client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        var products = new ArrayList<Product>();
        String cursor = null;
        do {
            var uri = productUrl + "/api/products?size=100&sort=name"
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            var page = get(client, uri);
            page.get("items")
                    .forEach(item -> products.add(new Product(
                            item.get("id").asText(), item.get("availableStock").asInt())));
            var next = page.get("nextCursor");
            cursor = next == null || next.isNull() ? null : next.asText();
        } while (cursor != null);
        if (products.isEmpty()) {
            throw new IllegalStateException(
                    "The catalogue at " + productUrl + " is empty: seed it first" + " (SeedCatalogueSimulation)");
        }
        products.sort((a, b) -> a.id().compareTo(b.id()));
        Collections.shuffle(products, new Random(8));
        return new Catalogue(products);
    }

    List<String> ids() {
        return products.stream().map(Product::id).toList();
    }

    /** Each product's available stock, as the read model had it when the catalogue was read. */
    java.util.Map<String, Integer> stockById() {
        return products.stream().collect(java.util.stream.Collectors.toMap(Product::id, Product::availableStock));
    }

    /** Products with stock to spare: what orders are placed for. */
    List<String> orderableIds() {
        var ids = products.stream()
                .filter(product -> product.availableStock() > 1000)
                .map(Product::id)
                .toList();
        if (ids.isEmpty()) {
            throw new IllegalStateException("No product with stock to order");
        }
        return ids;
    }

    private static JsonNode get(HttpClient client, String uri) {
        try {
            var response = client.send(
                    HttpRequest.newBuilder(URI.create(uri))
                            .timeout(Duration.ofSeconds(30))
                            .header("Accept", "application/json")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "GET " + uri + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + uri + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
