package dev.oms.order.messaging.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.events.order.OrderCancelled;
import dev.oms.events.order.OrderPlaced;
import dev.oms.events.order.OrderStatusChanged;
import dev.oms.order.domain.OrderEvent;
import dev.oms.order.domain.OrderStatus;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every domain event has its published form, field for field. */
class OrderContractsTest {

    private static final UUID ORDER = UUID.randomUUID();
    private static final UUID PRODUCT = UUID.randomUUID();

    @Test
    void aPlacedOrderIsPublishedWithItsLines() {
        var placed = new OrderEvent.Placed(ORDER, "c-1", List.of(new OrderEvent.Quantity(PRODUCT, 3)));

        assertThat(OrderContracts.of(placed))
                .isEqualTo(new OrderPlaced(ORDER, "c-1", List.of(new OrderPlaced.Line(PRODUCT, 3))));
    }

    @Test
    void aStatusChangeIsPublishedWithTheStatusNamesAndReason() {
        var changed = new OrderEvent.StatusChanged(ORDER, "c-1", OrderStatus.CONFIRMED, OrderStatus.SHIPPED, null);

        assertThat(OrderContracts.of(changed))
                .isEqualTo(new OrderStatusChanged(ORDER, "c-1", "CONFIRMED", "SHIPPED", null));
    }

    @Test
    void aCancellationIsPublishedWithItsReason() {
        assertThat(OrderContracts.of(new OrderEvent.Cancelled(ORDER, "too late")))
                .isEqualTo(new OrderCancelled(ORDER, "too late"));
    }
}
