package dev.oms.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Prices across both services: a customer is never charged more than the price they saw, nor in another currency,
 * and an order is never priced in two currencies.
 */
@ExtendWith(SystemUnderTest.class)
class PricesIT {

    private final String tag = Shop.tag();
    private final String customer = "prices-" + tag;

    @Test
    void chargedNoMoreThanSeenAndInOneCurrency() {
        var mug = add("PRICE-" + tag + "-M", "10.00", "EUR");
        var spoon = add("PRICE-" + tag + "-S", "9.00", "EUR");
        var cup = add("PRICE-" + tag + "-C", "10.00", "USD");

        // seen at 10 EUR each; the spoon now costs less, and is charged as it is now
        var confirmed = place(line(mug, 1, "10.00", "EUR") + "," + line(spoon, 1, "10.00", "EUR"));
        assertThat(confirmed.status()).as("%s", confirmed).isEqualTo(202);
        var order = OrderLifecycleIT.awaitStatus(confirmed.id(), "CONFIRMED");
        assertThat(order.getDouble("total")).isEqualTo(19.00);
        assertThat(order.getString("currency")).isEqualTo("EUR");

        // the mug's price rises after the customer saw it: rejected, nothing taken, the reason names the new price
        var etag = Api.products().get("/api/products/" + mug).then().extract().header("ETag");
        Api.products(Tokens.catalogAdmin())
                .contentType("application/json")
                .header("If-Match", etag)
                .body("""
                        {"sku":"PRICE-%s-M","name":"Mug","category":"prices-%s","price":10.50}
                        """.formatted(tag, tag))
                .put("/api/products/" + mug)
                .then()
                .statusCode(200);
        var raised = place(line(mug, 2, "10.00", "EUR")).id();
        var rejected = OrderLifecycleIT.awaitStatus(raised, "REJECTED");
        assertThat(rejected.getString("statusHistory[0].reason")).contains("PRICE_CHANGED", "10.5", "EUR");
        assertThat(Shop.stock(mug)).isEqualTo(9);

        // euros and dollars in one order: refused at once when the customer saw both, rejected otherwise
        var refused = place(line(mug, 1, "10.50", "EUR") + "," + line(cup, 1, "10.00", "USD"));
        assertThat(refused.status()).as("%s", refused).isEqualTo(422);
        assertThat(refused.json().getString("type")).isEqualTo("urn:oms:problem:mixed-currencies");
        var mixed = Shop.place(customer, Map.of(mug, 1, cup, 1), null).id();
        var mixedRejected = OrderLifecycleIT.awaitStatus(mixed, "REJECTED");
        assertThat(mixedRejected.getString("statusHistory[0].reason")).contains("MIXED_CURRENCIES");
        assertThat(mixedRejected.getString("total")).isNull();
        assertThat(Shop.stock(cup)).isEqualTo(10);
        Invariants.assertAtRest();
    }

    private String add(String sku, String price, String currency) {
        var answer = Shop.send(
                "POST",
                SystemUnderTest.productUrl() + "/api/products",
                Tokens.catalogAdmin(),
                """
                {"sku":"%s","name":"Mug","category":"prices-%s","price":%s,"currency":"%s","stock":10}
                """.formatted(sku, tag, price, currency),
                Map.of());
        assertThat(answer.status()).as("adding %s: %s", sku, answer).isEqualTo(201);
        return answer.json().getString("id");
    }

    private Shop.Answer place(String lines) {
        return Shop.send(
                "POST",
                SystemUnderTest.orderUrl() + "/api/orders",
                Tokens.customer(customer),
                "{\"lines\":[" + lines + "]}",
                Map.of());
    }

    private static String line(String product, int quantity, String amount, String currency) {
        return "{\"productId\":\"%s\",\"quantity\":%d,\"seenPrice\":{\"amount\":%s,\"currency\":\"%s\"}}"
                .formatted(product, quantity, amount, currency);
    }
}
