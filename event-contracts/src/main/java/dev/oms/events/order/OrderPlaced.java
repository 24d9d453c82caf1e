package dev.oms.events.order;

import dev.oms.events.EventPayload;
import dev.oms.events.OptionalField;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A customer placed an order; product-service answers with StockReserved or StockRejected. */
public record OrderPlaced(UUID orderId, String customerId, List<Line> lines) implements EventPayload {

    public OrderPlaced {
        lines = List.copyOf(lines);
    }

    /**
     * {@code seenUnitPrice} and {@code seenCurrency}, both or neither: the unit price the customer saw when ordering.
     * The reservation refuses the order if the catalogue's price is now higher, or in another currency.
     */
    public record Line(
            UUID productId,
            int quantity,
            @OptionalField BigDecimal seenUnitPrice,
            @OptionalField String seenCurrency) {

        /** A line without a price the customer saw: charged at the catalogue's price, whatever it is. */
        public Line(UUID productId, int quantity) {
            this(productId, quantity, null, null);
        }
    }
}
