package dev.oms.order.command;

import dev.oms.order.domain.Order;
import dev.oms.order.domain.OrderLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What placing an order answers: the order as accepted, before product-service has priced it. */
public record OrderAccepted(UUID id, String customerId, String status, List<Line> lines, Instant createdAt) {

    /** {@code seenPrice}: the unit price the customer saw, absent when they sent none. */
    public record Line(UUID productId, int quantity, SeenPrice seenPrice) {}

    public record SeenPrice(BigDecimal amount, String currency) {

        static SeenPrice of(OrderLine line) {
            return line.seenUnitPrice() == null ? null : new SeenPrice(line.seenUnitPrice(), line.seenCurrency());
        }
    }

    static OrderAccepted of(Order order) {
        return new OrderAccepted(
                order.id(),
                order.customerId(),
                order.status().name(),
                order.lines().stream()
                        .map(l -> new Line(l.productId(), l.quantity(), SeenPrice.of(l)))
                        .toList(),
                order.createdAt());
    }
}
