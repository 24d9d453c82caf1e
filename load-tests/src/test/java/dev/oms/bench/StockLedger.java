package dev.oms.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The benchmark's stock invariant: over the products a run ordered, the stock fell by exactly the units of the orders
 * that reached CONFIRMED (none oversold, none lost), read from the catalogue's read model before and after the run.
 */
record StockLedger(long before, long after, long confirmedUnits) {

    /**
     * @param stockBefore stock per product id before the run
     * @param stockAfter stock per product id after every order settled
     * @param placedIds the orders this run placed
     * @param orders the orders as the order API lists them (with {@code lines} and {@code statusHistory})
     */
    static StockLedger of(
            Map<String, Integer> stockBefore,
            Map<String, Integer> stockAfter,
            Set<String> placedIds,
            Collection<JsonNode> orders) {
        var ordered = new LinkedHashMap<String, Long>();
        long units = 0;
        for (var order : orders) {
            if (!placedIds.contains(order.get("id").asText())) {
                continue;
            }
            boolean confirmed = false;
            for (var change : order.get("statusHistory")) {
                confirmed |= "CONFIRMED".equals(change.get("to").asText());
            }
            for (var line : order.get("lines")) {
                ordered.merge(line.get("productId").asText(), 0L, Long::sum);
                if (confirmed) {
                    units += line.get("quantity").asLong();
                }
            }
        }
        long before = 0;
        long after = 0;
        for (var product : ordered.keySet()) {
            before += stockBefore.getOrDefault(product, 0);
            after += stockAfter.getOrDefault(product, 0);
        }
        return new StockLedger(before, after, units);
    }

    boolean held() {
        return before - after == confirmedUnits;
    }

    Map<String, String> entries() {
        var entries = new LinkedHashMap<String, String>();
        entries.put("stock.before", Long.toString(before));
        entries.put("stock.after", Long.toString(after));
        entries.put("stock.confirmed-units", Long.toString(confirmedUnits));
        entries.put("invariant.stock", held() ? "held" : "broken");
        return entries;
    }
}
