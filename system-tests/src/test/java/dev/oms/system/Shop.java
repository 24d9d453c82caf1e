package dev.oms.system;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the scenarios do through the public APIs, over the JDK's HTTP client, which (unlike RestAssured's static
 * configuration) is safe to share between the threads of a load. Every call answers what the API answered.
 */
final class Shop {

    static final List<String> FINAL_STATUSES = List.of("REJECTED", "CANCELLED", "DELIVERED");
    /** The statuses in which an order holds the stock it reserved. */
    static final List<String> HOLDING_STATUSES = List.of("CONFIRMED", "SHIPPED", "DELIVERED");

    // HTTP/1.1 as most clients speak it (the JDK's default would first try to upgrade every request to h2c)
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static final String FULFILMENT = Tokens.fulfilment();
    private static final String ADMIN = Tokens.catalogAdmin();

    private Shop() {}

    /** A short random tag that keeps one scenario's SKUs, categories and customers apart from every other's. */
    static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Adds a product and returns its id. */
    static String addProduct(String sku, String name, String category, String price, int stock) {
        var answer = send(
                "POST",
                SystemUnderTest.productUrl() + "/api/products",
                ADMIN,
                """
                {"sku":"%s","name":"%s","category":"%s","price":%s,"stock":%d}
                """.formatted(sku, name, category, price, stock),
                Map.of());
        if (answer.status() != 201) {
            throw new AssertionError("adding product " + sku + " answered " + answer);
        }
        return answer.json().getString("id");
    }

    /** The available stock the product API shows. */
    static int stock(String productId) {
        var answer = send("GET", SystemUnderTest.productUrl() + "/api/products/" + productId, null, null, Map.of());
        if (answer.status() != 200) {
            throw new AssertionError("reading product " + productId + " answered " + answer);
        }
        return answer.json().getInt("availableStock");
    }

    /** Places an order as the customer: one line per product, with an optional Idempotency-Key. */
    static Answer place(String customer, Map<String, Integer> lines, String idempotencyKey) {
        var body = lines.entrySet().stream()
                .map(line -> "{\"productId\":\"%s\",\"quantity\":%d}".formatted(line.getKey(), line.getValue()))
                .collect(Collectors.joining(",", "{\"lines\":[", "]}"));
        var headers = idempotencyKey == null ? Map.<String, String>of() : Map.of("Idempotency-Key", idempotencyKey);
        return send("POST", SystemUnderTest.orderUrl() + "/api/orders", Tokens.customer(customer), body, headers);
    }

    /** Changes an order's status as fulfilment staff. */
    static Answer changeStatus(String orderId, String status) {
        return send(
                "PATCH",
                SystemUnderTest.orderUrl() + "/api/orders/" + orderId + "/status",
                FULFILMENT,
                "{\"status\":\"" + status + "\"}",
                Map.of());
    }

    /** Cancels an order as its customer. */
    static Answer cancel(String customer, String orderId) {
        return send(
                "PATCH",
                SystemUnderTest.orderUrl() + "/api/orders/" + orderId + "/status",
                Tokens.customer(customer),
                "{\"status\":\"CANCELLED\"}",
                Map.of());
    }

    /** An order as fulfilment staff read it. */
    static JsonPath order(String orderId) {
        var answer = send("GET", SystemUnderTest.orderUrl() + "/api/orders/" + orderId, FULFILMENT, null, Map.of());
        if (answer.status() != 200) {
            throw new AssertionError("reading order " + orderId + " answered " + answer);
        }
        return answer.json();
    }

    /** Every order of one customer, all pages, as fulfilment staff list them. */
    static List<Map<String, Object>> ordersOf(String customer) {
        return listOrders("customerId=" + URLEncoder.encode(customer, StandardCharsets.UTF_8));
    }

    /** Every order in a status, all pages. */
    static List<Map<String, Object>> ordersIn(String status) {
        return listOrders("status=" + status);
    }

    /** Every product, all pages (for a category when one is given). */
    static List<Map<String, Object>> products(Optional<String> category) {
        var items = new ArrayList<Map<String, Object>>();
        String cursor = null;
        do {
            var query = "size=100"
                    + category.map(c -> "&category=" + URLEncoder.encode(c, StandardCharsets.UTF_8))
                            .orElse("") + (cursor == null ? "" : "&cursor=" + cursor);
            var answer = send("GET", SystemUnderTest.productUrl() + "/api/products?" + query, null, null, Map.of());
            if (answer.status() == -1) {
                throw new Unreachable("product-service", answer);
            }
            if (answer.status() != 200) {
                throw new AssertionError("listing products answered " + answer);
            }
            items.addAll(answer.json().getList("items"));
            cursor = answer.json().getString("nextCursor");
        } while (cursor != null);
        return items;
    }

    static Answer send(String method, String url, String token, String body, Map<String, String> headers) {
        var all = new java.util.HashMap<>(headers);
        if (body != null) {
            all.put("Content-Type", "application/json");
        }
        return sendRaw(method, url, token, body, all);
    }

    /** Sends exactly what it is given: no Content-Type unless among the headers. */
    static Answer sendRaw(String method, String url, String token, String body, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Idempotent-Replayed").isPresent());
        } catch (IOException e) {
            return Answer.unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<Map<String, Object>> listOrders(String filter) {
        var items = new ArrayList<Map<String, Object>>();
        String cursor = null;
        do {
            var answer = send(
                    "GET",
                    SystemUnderTest.orderUrl() + "/api/orders?size=100&" + filter
                            + (cursor == null ? "" : "&cursor=" + cursor),
                    FULFILMENT,
                    null,
                    Map.of());
            if (answer.status() == -1) {
                throw new Unreachable("order-service", answer);
            }
            if (answer.status() != 200) {
                throw new AssertionError("listing orders (" + filter + ") answered " + answer);
            }
            items.addAll(answer.json().getList("items"));
            cursor = answer.json().getString("nextCursor");
        } while (cursor != null);
        return items;
    }

    /** A service that does not answer at all (stopped, killed, restarting). */
    static final class Unreachable extends RuntimeException {

        Unreachable(String service, Answer answer) {
            super(service + " does not answer: " + answer.body());
        }
    }

    /** What an API answered: status -1 when it could not be reached at all. */
    record Answer(int status, String body, String contentType, boolean replayed) {

        static Answer unreachable(IOException e) {
            return new Answer(-1, e.toString(), "", false);
        }

        JsonPath json() {
            return new JsonPath(body);
        }

        String id() {
            return json().getString("id");
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + (body.length() > 400 ? body.substring(0, 400) + "..." : body);
        }
    }
}
