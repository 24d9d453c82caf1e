package dev.oms.system;

import static dev.oms.system.HostileRequest.Service.ORDERS;
import static dev.oms.system.HostileRequest.Service.PRODUCTS;
import static dev.oms.system.HostileRequest.get;
import static dev.oms.system.HostileRequest.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario 5: a table of malformed and hostile requests (bad JSON, wrong types, huge values, unknown ids, SQL and
 * script in fields, oversized values and pages, missing or wrong credentials). Every one is answered with a 4xx
 * problem (application/problem+json whose status is the response's), never a 5xx, and nothing is stored: the product
 * and the order the table aims at are unchanged, and no product or order appears that was not there before.
 */
@ExtendWith(SystemUnderTest.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIT {

    private static final String SQL = "x'; DROP TABLE catalog.product; --";
    private static final String SCRIPT = "<script>alert(1)</script>";

    private final String tag = Shop.tag();
    private final String owner = "bad-owner-" + tag;
    private String product;
    private String order;
    private Snapshot before;

    @BeforeAll
    void aimAtAProductAndAnOrder() {
        product = Shop.addProduct("BAD-" + tag, "Target", "bad-" + tag, "9.99", 5);
        order = Shop.place(owner, Map.of(product, 1), null).id();
        OrderLifecycleIT.awaitStatus(order, "CONFIRMED");
        before = Snapshot.take(product, order);
    }

    @TestFactory
    Stream<DynamicTest> everyHostileRequestIsA4xxProblemAndChangesNothing() {
        var table = table();
        assertThat(table).hasSizeGreaterThanOrEqualTo(100);
        return table.stream()
                .map(request -> DynamicTest.dynamicTest(request.what(), () -> {
                    var answer = request.send();
                    assertThat(answer.status())
                            .as("%s answered %s", request, answer)
                            .isBetween(400, 499);
                    assertThat(answer.contentType())
                            .as("%s answered %s", request, answer)
                            .startsWith("application/problem+json");
                    assertThat(answer.json().getInt("status"))
                            .as("the problem's status")
                            .isEqualTo(answer.status());
                    assertThat(answer.json().getString("title")).isNotBlank();
                }));
    }

    @AfterAll
    void nothingWasStored() {
        if (product == null) {
            return;
        }
        assertThat(Snapshot.take(product, order)).isEqualTo(before);
        assertThat(Shop.products(Optional.of("bad-" + tag)))
                .extracting(p -> p.get("id"))
                .containsExactly(product);
        assertThat(Shop.ordersOf(owner)).extracting(o -> o.get("id")).containsExactly(order);
        assertThat(Shop.ordersOf("bad-other-" + tag)).isEmpty();
        Invariants.assertAtRest();
    }

    private List<HostileRequest> table() {
        var admin = Tokens.catalogAdmin();
        var customer = Tokens.customer(owner);
        var other = Tokens.customer("bad-other-" + tag);
        var staff = Tokens.fulfilment();
        var unknown = UUID.randomUUID().toString();
        var sku = "BAD-" + tag + "-NEW";
        var valid = "{\"sku\":\"" + sku + "\",\"name\":\"n\",\"category\":\"bad-" + tag + "\",\"price\":1,\"stock\":1";
        var t = new ArrayList<HostileRequest>();

        // adding a product: bad JSON
        for (var body : List.of(
                "{",
                "}",
                "[",
                "nul",
                "{\"sku\":}",
                valid,
                valid + ",}",
                "{'sku':'A'}",
                valid + ",\"price\":NaN}",
                "/* comment */" + valid + "}",
                "\"just a string\"",
                "42",
                "null",
                "[]",
                "[" + valid + "}]",
                "[".repeat(5000),
                "{\"a\":".repeat(2000) + "1" + "}".repeat(2000))) {
            t.add(json("add product, bad JSON: " + abbreviate(body), "POST", PRODUCTS, "/api/products", admin, body));
        }
        // wrong types, missing and blank fields, unknown fields
        for (var field : List.of(
                "\"sku\":[\"A\"]",
                "\"name\":{}",
                "\"price\":\"abc\"",
                "\"price\":true",
                "\"stock\":\"ten\"",
                "\"stock\":-1",
                "\"price\":-0.01",
                "\"category\":{}",
                "\"currency\":1",
                "\"currency\":\"eur\"",
                "\"currency\":\"EURO\"",
                "\"sku\":\"\"",
                "\"name\":\"  \"",
                "\"category\":null",
                "\"price\":null",
                "\"stock\":null",
                "\"id\":\"" + unknown + "\"",
                "\"version\":3",
                "\"availableStock\":7",
                "\"admin\":true")) {
            var body = valid.substring(0, valid.length()) + "," + field + "}";
            t.add(json("add product with " + field, "POST", PRODUCTS, "/api/products", admin, body));
        }
        for (var missing : List.of("sku", "name", "category", "price", "stock")) {
            var body = valid.replaceAll("\"" + missing + "\":(\"[^\"]*\"|[0-9]+),?", "")
                            .replace(",}", "}") + "}";
            t.add(json(
                    "add product without " + missing,
                    "POST",
                    PRODUCTS,
                    "/api/products",
                    admin,
                    body.replace(",}", "}")));
        }
        // huge values
        for (var field : List.of(
                "\"price\":1e400",
                "\"price\":1e16",
                "\"price\":1.00001",
                "\"stock\":2147483648",
                "\"stock\":1000000001",
                "\"stock\":1e10",
                "\"name\":\"" + "n".repeat(201) + "\"",
                "\"description\":\"" + "d".repeat(2001) + "\"",
                "\"category\":\"" + "c".repeat(101) + "\"",
                "\"sku\":\"" + "S".repeat(65) + "\"",
                "\"name\":\"" + "n".repeat(300_000) + "\"")) {
            t.add(json(
                    "add product with huge " + abbreviate(field),
                    "POST",
                    PRODUCTS,
                    "/api/products",
                    admin,
                    valid + "," + field + "}"));
        }
        // SQL and script where the field's rules refuse them
        for (var field : List.of(
                "\"sku\":\"" + SQL + "\"",
                "\"sku\":\"" + SCRIPT + "\"",
                "\"sku\":\"../../etc/passwd\"",
                "\"currency\":\"E'--\"",
                "\"sku\":\"A B\"")) {
            t.add(json(
                    "add product with " + field, "POST", PRODUCTS, "/api/products", admin, valid + "," + field + "}"));
        }
        // content types and credentials
        t.add(new HostileRequest(
                "add product as text/plain",
                "POST",
                PRODUCTS,
                "/api/products",
                admin,
                "text/plain",
                valid + "}",
                Map.of()));
        t.add(new HostileRequest(
                "add product as XML",
                "POST",
                PRODUCTS,
                "/api/products",
                admin,
                "application/xml",
                "<product><sku>" + sku + "</sku></product>",
                Map.of()));
        t.add(new HostileRequest(
                "add product as a form",
                "POST",
                PRODUCTS,
                "/api/products",
                admin,
                "application/x-www-form-urlencoded",
                "sku=" + sku,
                Map.of()));
        t.add(json("add product without a token", "POST", PRODUCTS, "/api/products", null, valid + "}"));
        t.add(json("add product as a customer", "POST", PRODUCTS, "/api/products", customer, valid + "}"));
        t.add(json("add product as fulfilment", "POST", PRODUCTS, "/api/products", staff, valid + "}"));
        t.add(json("add product with a garbage token", "POST", PRODUCTS, "/api/products", "abc.def.ghi", valid + "}"));
        t.add(json(
                "add product with a tampered token", "POST", PRODUCTS, "/api/products", tampered(admin), valid + "}"));

        // updating the product
        var update = "{\"sku\":\"BAD-" + tag + "\",\"name\":\"Changed\",\"category\":\"bad-" + tag + "\",\"price\":1";
        t.add(json("update with a stale If-Match", "PUT", PRODUCTS, "/api/products/" + product, admin, update + "}")
                .with("If-Match", "\"7\""));
        t.add(json("update with If-Match *", "PUT", PRODUCTS, "/api/products/" + product, admin, update + "}")
                .with("If-Match", "*"));
        t.add(json("update with a malformed If-Match", "PUT", PRODUCTS, "/api/products/" + product, admin, update + "}")
                .with("If-Match", "'; DROP TABLE x; --"));
        t.add(json("update with a huge If-Match", "PUT", PRODUCTS, "/api/products/" + product, admin, update + "}")
                .with("If-Match", "\"99999999999999999999999\""));
        t.add(json("update without a version", "PUT", PRODUCTS, "/api/products/" + product, admin, update + "}"));
        t.add(json(
                "update with a stale version",
                "PUT",
                PRODUCTS,
                "/api/products/" + product,
                admin,
                update + ",\"version\":5}"));
        t.add(json(
                "update with a negative version",
                "PUT",
                PRODUCTS,
                "/api/products/" + product,
                admin,
                update + ",\"version\":-1}"));
        t.add(json(
                "update with a version that is text",
                "PUT",
                PRODUCTS,
                "/api/products/" + product,
                admin,
                update + ",\"version\":\"zero\"}"));
        t.add(json(
                        "update with If-Match and version disagreeing",
                        "PUT",
                        PRODUCTS,
                        "/api/products/" + product,
                        admin,
                        update + ",\"version\":1}")
                .with("If-Match", "\"0\""));
        t.add(json(
                "update with stock in it",
                "PUT",
                PRODUCTS,
                "/api/products/" + product,
                admin,
                update + ",\"version\":0,\"stock\":1000}"));
        t.add(json(
                "update with SQL in the sku",
                "PUT",
                PRODUCTS,
                "/api/products/" + product,
                admin,
                update.replace("BAD-" + tag, SQL) + ",\"version\":0}"));
        t.add(json(
                "update an unknown product",
                "PUT",
                PRODUCTS,
                "/api/products/" + unknown,
                admin,
                update + ",\"version\":0}"));
        t.add(json(
                "update as a customer",
                "PUT",
                PRODUCTS,
                "/api/products/" + product,
                customer,
                update + ",\"version\":0}"));

        // adjusting its stock
        var adjust = "/api/products/" + product + "/stock-adjustments";
        for (var body : List.of(
                "{\"delta\":0,\"reason\":\"x\"}",
                "{\"delta\":\"x\",\"reason\":\"x\"}",
                "{\"delta\":1}",
                "{\"delta\":1,\"reason\":\" \"}",
                "{\"delta\":2000000000,\"reason\":\"x\"}",
                "{\"delta\":-100,\"reason\":\"more than there is\"}",
                "{\"delta\":1,\"reason\":\"" + "r".repeat(201) + "\"}",
                "{\"delta\":1,\"reason\":\"x\",\"to\":9}",
                "{\"delta\":-2147483649,\"reason\":\"x\"}")) {
            t.add(json("adjust stock " + abbreviate(body), "POST", PRODUCTS, adjust, admin, body));
        }
        t.add(json(
                "adjust the stock of an unknown product",
                "POST",
                PRODUCTS,
                "/api/products/" + unknown + "/stock-adjustments",
                admin,
                "{\"delta\":1,\"reason\":\"x\"}"));
        t.add(json("adjust stock as a customer", "POST", PRODUCTS, adjust, customer, "{\"delta\":1,\"reason\":\"x\"}"));

        // reading products
        t.add(get("read an unknown product", PRODUCTS, "/api/products/" + unknown, null));
        t.add(get("read a product by a SQL id", PRODUCTS, "/api/products/1%27%20OR%20%271%27%3D%271", null));
        for (var query : List.of(
                "size=0",
                "size=101",
                "size=-1",
                "size=abc",
                "size=1e3",
                "size=99999999999999999999",
                "sort=bogus",
                "sort=name%3B%20DROP%20TABLE%20catalog.product",
                "direction=sideways",
                "minPrice=-1",
                "minPrice=abc",
                "minPrice=1.00001",
                "maxPrice=1e99999",
                "inStock=maybe",
                "cursor=garbage",
                "cursor=%27%20OR%201%3D1%20--",
                "cursor=" + "A".repeat(3000))) {
            t.add(get("list products with " + abbreviate(query), PRODUCTS, "/api/products?" + query, null));
        }
        var cursorForName = Api.products()
                .queryParam("size", 1)
                .get("/api/products")
                .then()
                .extract()
                .<String>path("nextCursor");
        if (cursorForName != null) {
            t.add(get(
                    "list products by price with a cursor made for name",
                    PRODUCTS,
                    "/api/products?sort=price&size=1&cursor=" + cursorForName,
                    null));
        }

        // placing orders
        var line = "{\"productId\":\"" + product + "\",\"quantity\":1}";
        for (var body : List.of(
                "{",
                "{\"lines\":",
                "{\"lines\":[]}",
                "{}",
                "null",
                "[]",
                "{\"lines\":[" + line + "," + line + "]}",
                "{\"lines\":[" + (line + ",").repeat(50) + line + "]}",
                "{\"lines\":[{\"productId\":\"" + product + "\",\"quantity\":0}]}",
                "{\"lines\":[{\"productId\":\"" + product + "\",\"quantity\":10001}]}",
                "{\"lines\":[{\"productId\":\"" + product + "\",\"quantity\":-1}]}",
                "{\"lines\":[{\"productId\":\"" + product + "\",\"quantity\":99999999999}]}",
                "{\"lines\":[{\"productId\":\"" + product + "\"}]}",
                "{\"lines\":[{\"quantity\":1}]}",
                "{\"lines\":[{\"productId\":\"x\",\"quantity\":1}]}",
                "{\"lines\":[{\"productId\":\"" + SQL + "\",\"quantity\":1}]}",
                "{\"lines\":[null]}",
                "{\"lines\":\"" + SCRIPT + "\"}",
                "{\"lines\":[" + line + "],\"customerId\":\"" + "c".repeat(65) + "\"}",
                "{\"lines\":[" + line + "],\"customerId\":\"\"}",
                "{\"lines\":[" + line + "],\"status\":\"CONFIRMED\"}",
                "{\"lines\":[" + line + "],\"total\":0}",
                "{\"lines\":[{\"productId\":\"" + product + "\",\"quantity\":1,\"unitPrice\":0.01}]}",
                "{\"lines\":[" + line + "],\"id\":\"" + unknown + "\"}")) {
            t.add(json("place order " + abbreviate(body), "POST", ORDERS, "/api/orders", customer, body));
        }
        var order1 = "{\"lines\":[" + line + "]}";
        t.add(json(
                "place order for another customer",
                "POST",
                ORDERS,
                "/api/orders",
                customer,
                "{\"lines\":[" + line + "],\"customerId\":\"bad-other-" + tag + "\"}"));
        t.add(json("place order without a token", "POST", ORDERS, "/api/orders", null, order1));
        t.add(json("place order as fulfilment", "POST", ORDERS, "/api/orders", staff, order1));
        t.add(json("place order as catalogue admin", "POST", ORDERS, "/api/orders", admin, order1));
        t.add(json("place order with a tampered token", "POST", ORDERS, "/api/orders", tampered(customer), order1));
        t.add(json("place order with a 256-character Idempotency-Key", "POST", ORDERS, "/api/orders", customer, order1)
                .with("Idempotency-Key", "k".repeat(256)));
        t.add(json(
                        "place order with an Idempotency-Key that is not visible ASCII",
                        "POST",
                        ORDERS,
                        "/api/orders",
                        customer,
                        order1)
                .with("Idempotency-Key", "a key with spaces"));
        t.add(new HostileRequest(
                "place order as text/plain", "POST", ORDERS, "/api/orders", customer, "text/plain", order1, Map.of()));

        // reading and listing orders
        t.add(get("read an unknown order", ORDERS, "/api/orders/" + unknown, staff));
        t.add(get("read another customer's order", ORDERS, "/api/orders/" + order, other));
        t.add(get("read an order by a malformed id", ORDERS, "/api/orders/not-a-uuid", staff));
        t.add(get("read an order by a SQL id", ORDERS, "/api/orders/1%27%20OR%20%271%27%3D%271", staff));
        t.add(get("read an order without a token", ORDERS, "/api/orders/" + order, null));
        for (var query : List.of(
                "size=0",
                "size=101",
                "size=abc",
                "status=BOGUS",
                "status=PENDING%27%20OR%201%3D1",
                "from=garbage",
                "from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z",
                "to=yesterday",
                "cursor=garbage",
                "cursor=" + "B".repeat(3000),
                "customerId=" + "c".repeat(65))) {
            t.add(get("list orders with " + abbreviate(query), ORDERS, "/api/orders?" + query, staff));
        }
        t.add(get("list another customer's orders as a customer", ORDERS, "/api/orders?customerId=" + owner, other));
        t.add(get("list orders as catalogue admin", ORDERS, "/api/orders", admin));

        // changing the order's status
        var status = "/api/orders/" + order + "/status";
        for (var body : List.of(
                "{\"status\":\"CONFIRMED\"}",
                "{\"status\":\"PENDING\"}",
                "{\"status\":\"REJECTED\"}",
                "{\"status\":\"BOGUS\"}",
                "{\"status\":\"shipped\"}",
                "{}",
                "{\"status\":null}",
                "{\"status\":1}",
                "{\"status\":\"SHIPPED\",\"reason\":\"" + "r".repeat(501) + "\"}",
                "{\"status\":\"SHIPPED\",\"version\":0}",
                "{\"status\":\"" + SQL + "\"}",
                "{\"status\":\"DELIVERED\"}")) {
            t.add(json("change status " + abbreviate(body), "PATCH", ORDERS, status, staff, body));
        }
        t.add(json("customer ships their own order", "PATCH", ORDERS, status, customer, "{\"status\":\"SHIPPED\"}"));
        t.add(json("cancel another customer's order", "PATCH", ORDERS, status, other, "{\"status\":\"CANCELLED\"}"));
        t.add(json(
                "change the status of an unknown order",
                "PATCH",
                ORDERS,
                "/api/orders/" + unknown + "/status",
                staff,
                "{\"status\":\"SHIPPED\"}"));
        t.add(json(
                "change status by a malformed id",
                "PATCH",
                ORDERS,
                "/api/orders/not-a-uuid/status",
                staff,
                "{\"status\":\"SHIPPED\"}"));
        t.add(json("change status without a token", "PATCH", ORDERS, status, null, "{\"status\":\"CANCELLED\"}"));
        return t;
    }

    private static String tampered(String token) {
        // more roles in the claims, the original signature: a forgery the signature check must catch
        var parts = token.split("\\.");
        var claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"groups\":[", "\"groups\":[\"catalog-admin\",\"fulfilment\",");
        return parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "."
                + parts[2];
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "... (" + text.length() + " chars)" : text;
    }

    /** What the table aims at, as the APIs show it. */
    private record Snapshot(String product, String order) {

        static Snapshot take(String productId, String orderId) {
            var product = Api.products()
                    .get("/api/products/" + productId)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            var order = Shop.order(orderId).prettify();
            return new Snapshot(product, order);
        }
    }
}
