package dev.oms.events.product;

import dev.oms.events.EventPayload;
import dev.oms.events.OptionalField;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The order could not be reserved as a whole; nothing was reserved. Says why, per offending line. */
public record StockRejected(UUID orderId, List<Line> lines) implements EventPayload {

    public StockRejected {
        lines = List.copyOf(lines);
    }

    /**
     * Why a line could not be reserved. A consumer must be upgraded to read a new reason before a producer sends it
     * (docs/messaging.md): {@code PRICE_CHANGED} and {@code MIXED_CURRENCIES} came after the first release.
     */
    public enum Reason {
        UNKNOWN_PRODUCT,
        INSUFFICIENT_STOCK,
        /** The catalogue's price is higher than the one the customer saw, or in another currency. */
        PRICE_CHANGED,
        /** The order's products are priced in more than one currency; an order is paid in one. */
        MIXED_CURRENCIES
    }

    /** {@code unitPrice} and {@code currency}: the catalogue's price, for the reasons about prices. */
    public record Line(
            UUID productId,
            int requested,
            int available,
            Reason reason,
            @OptionalField BigDecimal unitPrice,
            @OptionalField String currency) {

        public Line(UUID productId, int requested, int available, Reason reason) {
            this(productId, requested, available, reason, null, null);
        }
    }
}
