package dev.oms.events.product;

import dev.oms.events.EventPayload;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Every line of an order was reserved. Carries the catalogue's names and prices at the time of reservation. */
public record StockReserved(UUID orderId, List<Line> lines) implements EventPayload {

    public StockReserved {
        lines = List.copyOf(lines);
    }

    public record Line(UUID productId, String name, BigDecimal unitPrice, String currency, int quantity) {}
}
