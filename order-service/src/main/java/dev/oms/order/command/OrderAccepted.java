package dev.oms.order.command;

import dev.oms.order.domain.Order;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What placing an order answers: the order as accepted, before product-service has priced it. */
public record OrderAccepted(UUID id, String customerId, String status, List<Line> lines, Instant createdAt) {

    public record Line(UUID productId, int quantity) {}

    static OrderAccepted of(Order order) {
        return new OrderAccepted(
                order.id(),
                order.customerId(),
                order.status().name(),
                order.lines().stream()
                        .map(l -> new Line(l.productId(), l.quantity()))
                        .toList(),
                order.createdAt());
    }
}
