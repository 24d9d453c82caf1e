package dev.oms.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The orders a simulation places, each by {@code POST /api/orders}: the ids of those taken (202) and how many were
 * refused. A 503 is the service refusing work beyond its admission limit, an answer it is built to give under
 * overload: counted as refused, not as a failed request, so that a simulation's assertion fails only on errors.
 */
final class Placements {

    private static final String SERIES = "place order";

    private final Set<String> placed = ConcurrentHashMap.newKeySet();
    private final AtomicInteger refused = new AtomicInteger();

    /** One placement of the lines {@code lines} gives, recorded in {@code log} under "place order". */
    ChainBuilder place(Supplier<List<String>> lines, LatencyLog log) {
        return Recorded.request(
                        http(SERIES)
                                .post("/api/orders")
                                .header("Authorization", Tokens.bearer(Tokens.CUSTOMER))
                                .header("Content-Type", "application/json")
                                .body(StringBody(session -> OrderApi.placementJson(Bench.customerId(), lines.get())))
                                .check(
                                        status().in(202, 503).saveAs("status"),
                                        jsonPath("$.id").optional().saveAs("orderId")),
                        log,
                        SERIES)
                .exec(session -> {
                    if (session.contains("orderId")) {
                        placed.add(session.getString("orderId"));
                    } else if (session.contains("status") && session.getInt("status") == 503) {
                        refused.incrementAndGet();
                    }
                    return session.remove("orderId").remove("status");
                });
    }

    /** The ids of the orders the service took. */
    Set<String> placed() {
        return placed;
    }

    /** How many placements the service refused with 503. */
    int refused() {
        return refused.get();
    }

    static String series() {
        return SERIES;
    }
}
