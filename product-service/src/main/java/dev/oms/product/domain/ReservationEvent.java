package dev.oms.product.domain;

import java.util.List;
import java.util.UUID;

/** What the stock side decided for an order. The edge turns these into the published contracts. */
public sealed interface ReservationEvent {

    UUID orderId();

    /** Every line was reserved, at the catalogue's names and prices of that moment. */
    record Reserved(UUID orderId, List<ReservedLine> lines) implements ReservationEvent {
        public Reserved {
            lines = List.copyOf(lines);
        }
    }

    /** Nothing was reserved: these lines could not be. */
    record Refused(UUID orderId, List<Shortfall> shortfalls) implements ReservationEvent {
        public Refused {
            shortfalls = List.copyOf(shortfalls);
        }
    }

    record ReservedLine(UUID productId, String name, Money unitPrice, int quantity) {}

    /** {@code cataloguePrice}: the product's price, null for an unknown product. */
    record Shortfall(UUID productId, int requested, int available, Why why, Money cataloguePrice) {

        public Shortfall(UUID productId, int requested, int available, Why why) {
            this(productId, requested, available, why, null);
        }
    }

    enum Why {
        UNKNOWN_PRODUCT,
        INSUFFICIENT_STOCK,
        /** The price is higher than the one the customer saw, or in another currency. */
        PRICE_CHANGED,
        /** The order's products are priced in more than one currency: an order is paid in one. */
        MIXED_CURRENCIES
    }
}
