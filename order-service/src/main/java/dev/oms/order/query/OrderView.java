package dev.oms.order.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An order as the query side returns it. Prices and total are null until the order is confirmed; the total is never a
 * sum of two currencies (null then: the reservation refuses such an order).
 */
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

    /** {@code seenPrice}: the unit price the customer saw, absent when they sent none. */
    public record Line(
            UUID productId,
            String name,
            BigDecimal unitPrice,
            int quantity,
            BigDecimal lineTotal,
            SeenPrice seenPrice) {}

    public record SeenPrice(BigDecimal amount, String currency) {}

    public record StatusChange(Instant at, String from, String to, String reason) {}

    static OrderView of(OrderRecord order) {
        var lines = order.lines.stream()
                .map(l -> new Line(
                        l.productId(),
                        l.productName(),
                        l.unitPrice(),
                        l.quantity(),
                        l.unitPrice() == null ? null : l.unitPrice().multiply(BigDecimal.valueOf(l.quantity())),
                        l.seenUnitPrice() == null
                                ? null
                                : new SeenPrice(
                                        l.seenUnitPrice(), l.seenCurrency().trim())))
                .toList();
        var currencies = order.lines.stream()
                .map(OrderRecord.Line::currency)
                .filter(c -> c != null)
                .map(String::trim)
                .distinct()
                .toList();
        var priced = !lines.isEmpty() && lines.stream().allMatch(l -> l.lineTotal() != null);
        var total = priced && currencies.size() == 1
                ? lines.stream().map(Line::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add)
                : null;
        var currency = currencies.size() == 1 ? currencies.get(0) : null;
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
