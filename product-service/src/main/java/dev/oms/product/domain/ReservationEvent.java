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

    record Shortfall(UUID productId, int requested, int available, Why why) {}

    enum Why {
        UNKNOWN_PRODUCT,
        INSUFFICIENT_STOCK
    }
}
