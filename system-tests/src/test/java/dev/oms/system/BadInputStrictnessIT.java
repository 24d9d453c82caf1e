package dev.oms.system;

import static dev.oms.system.HostileRequest.Service.ORDERS;
import static dev.oms.system.HostileRequest.Service.PRODUCTS;
import static dev.oms.system.HostileRequest.get;
import static dev.oms.system.HostileRequest.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile requests that the services once answered wrongly (found by scenario 5): a NUL character that reached
 * PostgreSQL (500), bodies and request lines refused before the application without a problem body, and values of the
 * wrong type coerced and stored. Each is now a 4xx problem.
 */
@ExtendWith(SystemUnderTest.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputStrictnessIT {

    private static final String NUL = "\\u0000";

    private final String tag = Shop.tag();
    private String product;
    private String order;

    @BeforeAll
    void aim() {
        product = Shop.addProduct("BUG-" + tag, "Target", "bug-" + tag, "1", 5);
        order = Shop.place("bug-" + tag, Map.of(product, 1), null).id();
    }

    @TestFactory
    Stream<DynamicTest> everyHostileRequestIsA4xxProblem() {
        var admin = Tokens.catalogAdmin();
        var staff = Tokens.fulfilment();
        var valid = "{\"sku\":\"BUG-" + tag + "-N\",\"category\":\"bug-" + tag + "\",\"price\":1,\"stock\":1";
        var huge = "x".repeat(11 * 1024 * 1024);
        var table = List.of(
                // a NUL character reaches PostgreSQL, which refuses it: 500 instead of 400
                json(
                        "add product with NUL in the name",
                        "POST",
                        PRODUCTS,
                        "/api/products",
                        admin,
                        valid + ",\"name\":\"a" + NUL + "b\"}"),
                json(
                        "add product with NUL in the category",
                        "POST",
                        PRODUCTS,
                        "/api/products",
                        admin,
                        "{\"sku\":\"BUG-" + tag + "-C\",\"name\":\"n\",\"category\":\"c" + NUL + "\",\"price\":1,"
                                + "\"stock\":1}"),
                json(
                        "add product with NUL in the description",
                        "POST",
                        PRODUCTS,
                        "/api/products",
                        admin,
                        valid + ",\"name\":\"n\",\"description\":\"" + NUL + "\"}"),
                get("list products with NUL in q", PRODUCTS, "/api/products?q=%00", null),
                get("list products with NUL in category", PRODUCTS, "/api/products?category=%00", null),
                get("list orders with NUL in customerId", ORDERS, "/api/orders?customerId=%00", staff),
                json(
                        "cancel an order with NUL in the reason",
                        "PATCH",
                        ORDERS,
                        "/api/orders/" + order + "/status",
                        staff,
                        "{\"status\":\"CANCELLED\",\"reason\":\"a" + NUL + "b\"}"),
                // a value of the wrong type is coerced instead of refused (docs/api: wrong types are 400), and a
                // fraction is cut to a whole number: these are stored, with a quantity nobody asked for
                json(
                        "add product with a number for the sku",
                        "POST",
                        PRODUCTS,
                        "/api/products",
                        admin,
                        "{\"sku\":12345,\"name\":\"n\",\"category\":\"bug-" + tag + "\",\"price\":1,\"stock\":1}"),
                json(
                        "add product with a stock of 1.5",
                        "POST",
                        PRODUCTS,
                        "/api/products",
                        admin,
                        valid.replace("\"stock\":1", "\"stock\":1.5") + ",\"name\":\"n\"}"),
                json(
                        "adjust stock by 1.5",
                        "POST",
                        PRODUCTS,
                        "/api/products/" + product + "/stock-adjustments",
                        admin,
                        "{\"delta\":1.5,\"reason\":\"x\"}"),
                json(
                        "place an order for 1.5 units",
                        "POST",
                        ORDERS,
                        "/api/orders",
                        Tokens.customer("bug-" + tag),
                        "{\"lines\":[{\"productId\":\"" + product + "\",\"quantity\":1.5}]}"),
                json(
                        "place an order with the quantity as text",
                        "POST",
                        ORDERS,
                        "/api/orders",
                        Tokens.customer("bug-" + tag),
                        "{\"lines\":[{\"productId\":\"" + product + "\",\"quantity\":\"2\"}]}"),
                // refused before the application sees them: right status, but an empty body, not a problem
                json(
                        "add product with an 11 MB body",
                        "POST",
                        PRODUCTS,
                        "/api/products",
                        admin,
                        valid + ",\"name\":\"" + huge + "\"}"),
                json(
                        "place an order with an 11 MB body",
                        "POST",
                        ORDERS,
                        "/api/orders",
                        Tokens.customer("bug-" + tag),
                        "{\"lines\":[],\"customerId\":\"" + huge + "\"}"),
                get("list products with a 5000-character query", PRODUCTS, "/api/products?q=" + "q".repeat(5000), null),
                get(
                        "list orders with a 5000-character query",
                        ORDERS,
                        "/api/orders?customerId=" + "c".repeat(5000),
                        staff));
        return table.stream()
                .map(request -> DynamicTest.dynamicTest(request.what(), () -> {
                    var answer = request.send();
                    assertThat(answer.status())
                            .as("%s answered %s", request, answer)
                            .isBetween(400, 499);
                    assertThat(answer.contentType())
                            .as("%s answered %s", request, answer)
                            .startsWith("application/problem+json");
                }));
    }
}
