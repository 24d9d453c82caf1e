package dev.oms.product.messaging.inbound;

import dev.oms.events.order.OrderCancelled;
import dev.oms.events.order.OrderPlaced;
import dev.oms.product.command.ReleaseStock;
import dev.oms.product.command.ReserveStock;
import java.util.LinkedHashMap;
import java.util.UUID;

/** order-service's events, as the commands they ask of the stock side. */
final class StockRequests {

    private StockRequests() {}

    /** A product named on two lines counts once, its quantities summed, in the order of its first line. */
    static ReserveStock reserve(OrderPlaced placed) {
        var quantities = new LinkedHashMap<UUID, Integer>();
        placed.lines().forEach(line -> quantities.merge(line.productId(), line.quantity(), Integer::sum));
        return new ReserveStock(placed.orderId(), quantities);
    }

    static ReleaseStock release(OrderCancelled cancelled) {
        return new ReleaseStock(cancelled.orderId());
    }
}
