package dev.oms.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What became of the orders a run placed, from each order's own record: its {@code createdAt} and the {@code at} of
 * its PENDING → CONFIRMED entry in {@code statusHistory}, both written by order-service (one clock), so the
 * placement → CONFIRMED latency includes the outbox relays, the broker and product-service's reservation.
 */
record OrderOutcomes(
        int placed,
        int confirmed,
        int rejected,
        int pending,
        List<Long> latenciesMicros,
        Instant firstPlaced,
        Instant lastConfirmed) {

    static OrderOutcomes of(Set<String> placedIds, Collection<JsonNode> orders) {
        int confirmed = 0;
        int rejected = 0;
        var latencies = new ArrayList<Long>();
        Instant firstPlaced = null;
        Instant lastConfirmed = null;
        for (var order : orders) {
            if (!placedIds.contains(order.get("id").asText())) {
                continue;
            }
            var created = Instant.parse(order.get("createdAt").asText());
            firstPlaced = firstPlaced == null || created.isBefore(firstPlaced) ? created : firstPlaced;
            Instant confirmedAt = null;
            for (var change : order.get("statusHistory")) {
                if ("CONFIRMED".equals(change.get("to").asText())) {
                    confirmedAt = Instant.parse(change.get("at").asText());
                }
            }
            if (confirmedAt != null) {
                // reached CONFIRMED, whatever became of it since
                confirmed++;
                latencies.add(Duration.between(created, confirmedAt).toNanos() / 1000);
                lastConfirmed =
                        lastConfirmed == null || confirmedAt.isAfter(lastConfirmed) ? confirmedAt : lastConfirmed;
            } else if ("REJECTED".equals(order.get("status").asText())) {
                rejected++;
            }
        }
        int pending = placedIds.size() - confirmed - rejected;
        return new OrderOutcomes(
                placedIds.size(), confirmed, rejected, pending, List.copyOf(latencies), firstPlaced, lastConfirmed);
    }

    /** Pending: neither confirmed nor rejected yet, or not listed yet. */
    boolean settled() {
        return pending == 0;
    }

    /** Orders reaching CONFIRMED per second, from the first placement to the last confirmation. */
    double confirmedPerSecond() {
        if (confirmed == 0 || firstPlaced == null || lastConfirmed == null) {
            return 0;
        }
        double seconds = Duration.between(firstPlaced, lastConfirmed).toNanos() / 1e9;
        return seconds <= 0 ? 0 : confirmed / seconds;
    }

    /** The placement → CONFIRMED latency percentile in milliseconds (one decimal), 0 when none confirmed. */
    double latencyMillis(double percentile) {
        if (latenciesMicros.isEmpty()) {
            return 0;
        }
        var sorted =
                latenciesMicros.stream().mapToLong(Long::longValue).sorted().toArray();
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)] / 1000.0;
    }

    Map<String, String> entries() {
        var entries = new LinkedHashMap<String, String>();
        entries.put("placed", Integer.toString(placed));
        entries.put("confirmed", Integer.toString(confirmed));
        entries.put("rejected", Integer.toString(rejected));
        entries.put("pending", Integer.toString(pending));
        entries.put("confirmed-per-second", Results.number(confirmedPerSecond()));
        entries.put("confirm.p50", Results.number(latencyMillis(50)));
        entries.put("confirm.p95", Results.number(latencyMillis(95)));
        entries.put("confirm.p99", Results.number(latencyMillis(99)));
        entries.put("confirm.max", Results.number(latencyMillis(100)));
        return entries;
    }
}
