package dev.oms.order.messaging.inbound;

import dev.oms.events.EventPayload;
import dev.oms.events.product.StockRejected;
import dev.oms.events.product.StockReserved;
import dev.oms.order.command.ConfirmOrder;
import dev.oms.order.command.RejectOrder;
import dev.oms.order.domain.Order;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** product-service's answers, as the commands they ask of an order. */
final class StockOutcomes {

    private StockOutcomes() {}

    /** The order takes the catalogue's names and prices the reservation carries. */
    static ConfirmOrder confirm(StockReserved reserved) {
        return new ConfirmOrder(
                reserved.orderId(),
                reserved.lines().stream()
                        .collect(Collectors.toMap(
                                StockReserved.Line::productId,
                                line -> new Order.PricedProduct(line.name(), line.unitPrice(), line.currency()))));
    }

    /** The reason names every line that could not be reserved, and why; for a price, what the catalogue asks now. */
    static RejectOrder reject(StockRejected rejected) {
        var reason = rejected.lines().stream()
                .map(line -> line.productId() + ": " + line.reason() + " (" + details(line) + ")")
                .collect(Collectors.joining("; "));
        return new RejectOrder(rejected.orderId(), reason);
    }

    /** The orders these answers settle, so a batch can load them all at once. */
    static Set<UUID> ordersAnswered(List<EventPayload> events) {
        return events.stream()
                .map(StockOutcomes::orderAnswered)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    private static UUID orderAnswered(EventPayload event) {
        if (event instanceof StockReserved reserved) {
            return reserved.orderId();
        }
        return event instanceof StockRejected rejected ? rejected.orderId() : null;
    }

    private static String details(StockRejected.Line line) {
        return switch (line.reason()) {
            case PRICE_CHANGED, MIXED_CURRENCIES ->
                "catalogue price " + line.unitPrice().toPlainString() + " " + line.currency();
            default -> "requested " + line.requested() + ", available " + line.available();
        };
    }
}
