package dev.oms.order.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An order as the query side returns it. Prices and total are null until the order is confirmed. */
public record OrderView(UUID id, String customerId, String status, List<Line> lines, BigDecimal total,
        String currency, long version, Instant createdAt, Instant updatedAt) {

    public record Line(UUID productId, String name, BigDecimal unitPrice, int quantity, BigDecimal lineTotal) {
    }

    static OrderView of(OrderRecord r) {
        var lines = r.lines.stream().map(l -> new Line(l.productId, l.productName, l.unitPrice, l.quantity,
                l.unitPrice == null ? null : l.unitPrice.multiply(BigDecimal.valueOf(l.quantity)))).toList();
        var priced = lines.stream().allMatch(l -> l.lineTotal() != null);
        var total = priced ? lines.stream().map(Line::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add) : null;
        var currency = r.lines.stream().map(l -> l.currency).filter(c -> c != null).findFirst().orElse(null);
        return new OrderView(r.id, r.customerId, r.status, lines, total, currency, r.version, r.createdAt,
                r.updatedAt);
    }
}
