package dev.oms.order.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An order as the query side returns it. Prices and total are null until the order is confirmed. */
public record OrderView(
        UUID id,
        String customerId,
        String status,
        List<Line> lines,
        BigDecimal total,
        String currency,
        long version,
        Instant createdAt,
        Instant updatedAt,
        List<StatusChange> statusHistory) {

    public record Line(UUID productId, String name, BigDecimal unitPrice, int quantity, BigDecimal lineTotal) {}

    public record StatusChange(Instant at, String from, String to, String reason) {}

    static OrderView of(OrderRecord order) {
        var lines = order.lines.stream()
                .map(l -> new Line(
                        l.productId(),
                        l.productName(),
                        l.unitPrice(),
                        l.quantity(),
                        l.unitPrice() == null ? null : l.unitPrice().multiply(BigDecimal.valueOf(l.quantity()))))
                .toList();
        var priced = !lines.isEmpty() && lines.stream().allMatch(l -> l.lineTotal() != null);
        var total = priced ? lines.stream().map(Line::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add) : null;
        var currency = order.lines.stream()
                .map(OrderRecord.Line::currency)
                .filter(c -> c != null)
                .findFirst()
                .map(String::trim)
                .orElse(null);
        return new OrderView(
                order.id,
                order.customerId,
                order.status,
                lines,
                total,
                currency,
                order.version,
                order.createdAt,
                order.updatedAt,
                order.history.stream()
                        .map(h -> new StatusChange(h.at(), h.from(), h.to(), h.reason()))
                        .toList());
    }
}
