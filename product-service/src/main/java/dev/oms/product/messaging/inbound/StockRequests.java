package dev.oms.product.messaging.inbound;

import dev.oms.events.EventPayload;
import dev.oms.events.order.OrderCancelled;
import dev.oms.events.order.OrderPlaced;
import dev.oms.product.command.ReleaseStock;
import dev.oms.product.command.ReserveStock;
import dev.oms.product.domain.Money;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** order-service's events, as the commands they ask of the stock side. */
final class StockRequests {

    private StockRequests() {}

    /** A product named on two lines counts once, its quantities summed, in the order of its first line. */
    static ReserveStock reserve(OrderPlaced placed) {
        var quantities = new LinkedHashMap<UUID, Integer>();
        placed.lines().forEach(line -> quantities.merge(line.productId(), line.quantity(), Integer::sum));
        return new ReserveStock(placed.orderId(), quantities, seenPrices(placed));
    }

    /** The price the customer saw, per product; the lowest where a product is named twice with different ones. */
    private static Map<UUID, Money> seenPrices(OrderPlaced placed) {
        var seen = new HashMap<UUID, Money>();
        for (var line : placed.lines()) {
            if (line.seenUnitPrice() != null && line.seenCurrency() != null) {
                var price = new Money(line.seenUnitPrice(), line.seenCurrency());
                seen.merge(line.productId(), price, StockRequests::lower);
            }
        }
        return seen;
    }

    private static Money lower(Money one, Money other) {
        return one.currency().equals(other.currency()) && one.amount().compareTo(other.amount()) <= 0 ? one : other;
    }

    /** The products the placed orders among these events name. */
    static Set<UUID> productsNamed(List<EventPayload> events) {
        return events.stream()
                .filter(OrderPlaced.class::isInstance)
                .flatMap(placed -> ((OrderPlaced) placed).lines().stream())
                .map(OrderPlaced.Line::productId)
                .collect(Collectors.toSet());
    }

    static ReleaseStock release(OrderCancelled cancelled) {
        return new ReleaseStock(cancelled.orderId());
    }
}
