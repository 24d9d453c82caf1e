package dev.oms.product.messaging.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.events.order.OrderCancelled;
import dev.oms.events.order.OrderPlaced;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** order-service's events become the stock side's commands. */
class StockRequestsTest {

    @Test
    void linesForTheSameProductAddUpSoEachProductIsReservedOnceInTheOrderOfItsFirstLine() {
        var keyboard = UUID.randomUUID();
        var mouse = UUID.randomUUID();
        var order = new OrderPlaced(
                UUID.randomUUID(),
                "c-1",
                List.of(
                        new OrderPlaced.Line(keyboard, 2),
                        new OrderPlaced.Line(mouse, 1),
                        new OrderPlaced.Line(keyboard, 3)));

        var command = StockRequests.reserve(order);

        assertThat(command.orderId()).isEqualTo(order.orderId());
        assertThat(command.quantities()).containsExactly(Map.entry(keyboard, 5), Map.entry(mouse, 1));
    }

    @Test
    void aCancellationReleasesTheOrdersStock() {
        var orderId = UUID.randomUUID();

        assertThat(StockRequests.release(new OrderCancelled(orderId, "changed my mind"))
                        .orderId())
                .isEqualTo(orderId);
    }
}
