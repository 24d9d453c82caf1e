package dev.oms.order.web;

import static dev.oms.order.support.OrderApi.changeStatus;
import static dev.oms.order.support.OrderApi.place;
import static dev.oms.order.support.OrderTokens.asFulfilment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.nullValue;

import dev.oms.order.support.TestClock;
import dev.oms.platform.testing.UuidOrder;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * GET /api/orders: newest first, keyset pages, filters. Orders are placed at instants the test chooses (the clock is
 * frozen), in years no other test uses, so ties in the placed time are certain and the windows hold only these orders.
 */
@QuarkusTest
class OrderListTest {

    /** Ties in the placed time are broken by id, which each database orders its own way. */
    private static final Comparator<Placed> NEWEST_FIRST = Comparator.comparing(Placed::at)
            .thenComparing(Placed::id, UuidOrder.ofThisBuildAsText())
            .reversed();

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record Placed(String id, Instant at) {}

    @Test
    void pagesFollowOneAnotherWithoutGapsOrDuplicatesAcrossTiesInThePlacedTime() {
        var customer = "list-" + UUID.randomUUID();
        var t = Instant.parse("2001-02-03T10:00:00Z");
        var placed = new ArrayList<Placed>();
        placed.addAll(placeAt(t, customer, 4));
        placed.addAll(placeAt(t.plusSeconds(1), customer, 3));
        placed.addAll(placeAt(t.plusSeconds(2), customer, 3));
        var expected = placed.stream().sorted(NEWEST_FIRST).map(Placed::id).toList();

        var seen = new ArrayList<String>();
        var pages = 0;
        String cursor = null;
        do {
            var request = asFulfilment().queryParam("customerId", customer).queryParam("size", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.when()
                    .get("/api/orders")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            var ids = page.getList("items.id", String.class);
            assertThat(ids).hasSizeLessThanOrEqualTo(3).isNotEmpty();
            seen.addAll(ids);
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null);

        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(pages).isEqualTo(4);
    }

    @Test
    void aPageCarriesTheWholeOrderAndTheLastPageHasNoCursor() {
        var customer = "list-" + UUID.randomUUID();
        var product = UUID.randomUUID();
        var id = place(customer, product, 4);

        var page = asFulfilment()
                .queryParam("customerId", customer)
                .when()
                .get("/api/orders")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(page.getList("items.id")).containsExactly(id);
        assertThat(page.getString("items[0].customerId")).isEqualTo(customer);
        assertThat(page.getString("items[0].status")).isEqualTo("PENDING");
        assertThat(page.getString("items[0].lines[0].productId")).isEqualTo(product.toString());
        assertThat(page.getInt("items[0].lines[0].quantity")).isEqualTo(4);
        assertThat(page.getList("items[0].statusHistory")).isEmpty();
        assertThat(page.getString("nextCursor")).isNull();
    }

    @Test
    void eachFilterAndTheirCombinationsSelectExactlyTheirOrders() {
        var alice = "list-alice-" + UUID.randomUUID();
        var bob = "list-bob-" + UUID.randomUUID();
        var t0 = Instant.parse("2002-05-06T08:00:00Z");
        var first = placeAt(t0, alice, 1).get(0);
        var second = placeAt(t0.plus(Duration.ofHours(1)), alice, 1).get(0);
        var third = placeAt(t0.plus(Duration.ofHours(2)), alice, 1).get(0);
        var bobs = placeAt(t0.plus(Duration.ofHours(1)), bob, 1).get(0);
        clock.freezeAt(t0.plus(Duration.ofHours(3)));
        changeStatus(second.id(), "CANCELLED", "filter test").then().statusCode(200);
        changeStatus(bobs.id(), "CANCELLED", "filter test").then().statusCode(200);
        var atOne = sorted(second, bobs);

        assertThat(list(Map.of("customerId", alice))).containsExactly(third.id(), second.id(), first.id());
        assertThat(list(Map.of("customerId", alice, "status", "PENDING"))).containsExactly(third.id(), first.id());
        assertThat(list(Map.of("customerId", alice, "status", "CANCELLED"))).containsExactly(second.id());
        assertThat(list(Map.of(
                        "from",
                        t0.plus(Duration.ofHours(1)).toString(),
                        "to",
                        t0.plus(Duration.ofHours(2)).toString())))
                .as("from inclusive, to exclusive")
                .containsExactlyElementsOf(atOne);
        assertThat(list(Map.of(
                        "from", t0.toString(), "to", t0.plus(Duration.ofDays(1)).toString(), "status", "CANCELLED")))
                .containsExactlyElementsOf(atOne);
        assertThat(list(Map.of(
                        "customerId",
                        alice,
                        "from",
                        t0.plus(Duration.ofHours(1)).toString())))
                .containsExactly(third.id(), second.id());
        assertThat(list(Map.of(
                        "customerId", alice, "to", t0.plus(Duration.ofHours(1)).toString())))
                .containsExactly(first.id());
        assertThat(list(Map.of("customerId", bob, "status", "PENDING"))).isEmpty();
    }

    @Test
    void badParametersAreNamedInA400Problem() {
        Map<String, String> bad = new HashMap<>();
        bad.put("size", "0");
        expect400(bad, "size");
        expect400(Map.of("size", "101"), "size");
        expect400(Map.of("size", "ten"), "size");
        expect400(Map.of("cursor", "this-is-not-a-cursor"), "cursor");
        expect400(Map.of("status", "LOST"), "status");
        expect400(Map.of("from", "yesterday"), "from");
        expect400(Map.of("to", "2026-02-30T00:00:00Z"), "to");
    }

    @Test
    void noMatchIsAnEmptyPage() {
        asFulfilment()
                .queryParam("customerId", "list-nobody-" + UUID.randomUUID())
                .when()
                .get("/api/orders")
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("nextCursor", nullValue());
    }

    private List<Placed> placeAt(Instant at, String customer, int count) {
        clock.freezeAt(at);
        var placed = new ArrayList<Placed>();
        for (var i = 0; i < count; i++) {
            placed.add(new Placed(place(customer, UUID.randomUUID(), 1), at));
        }
        clock.reset();
        return placed;
    }

    private static List<String> sorted(Placed... placed) {
        return java.util.Arrays.stream(placed)
                .sorted(NEWEST_FIRST)
                .map(Placed::id)
                .toList();
    }

    private static List<String> list(Map<String, String> params) {
        JsonPath page = asFulfilment()
                .queryParams(params)
                .queryParam("size", 100)
                .when()
                .get("/api/orders")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(page.getString("nextCursor")).isNull();
        return page.getList("items.id", String.class);
    }

    private static void expect400(Map<String, String> params, String field) {
        asFulfilment()
                .queryParams(params)
                .when()
                .get("/api/orders")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains(field));
    }
}
