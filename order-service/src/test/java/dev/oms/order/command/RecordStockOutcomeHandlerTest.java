package dev.oms.order.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.order.domain.Order;
import dev.oms.order.domain.OrderEvent;
import dev.oms.order.domain.OrderMother;
import dev.oms.order.domain.OrderStatus;
import dev.oms.order.persistence.OrderRepository;
import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The stock answer settles a pending order, and only a pending one; the orders are kept in memory. */
class RecordStockOutcomeHandlerTest {

    private final Map<UUID, Order> orders = new HashMap<>();
    private final List<List<OrderEvent>> saved = new ArrayList<>();
    private final RecordStockOutcomeHandler handler = new RecordStockOutcomeHandler(
            new InMemoryOrders(orders), new RecordingChanges(saved), Clock.fixed(OrderMother.NOW, ZoneOffset.UTC));

    @Test
    void aReservationConfirmsAPendingOrderAtTheCataloguesPrices() {
        var order = keep(OrderMother.pending());
        order.takePendingEvents();

        handler.handle(new ConfirmOrder(order.id(), OrderMother.cataloguePrices()))
                .await()
                .atMost(Duration.ofSeconds(1));

        assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(order.total()).isEqualByComparingTo("119.99");
        assertThat(saved).hasSize(1);
        assertThat(saved.get(0)).singleElement().isInstanceOf(OrderEvent.StatusChanged.class);
    }

    @Test
    void anAnswerForAnOrderThatIsNoLongerPendingOrUnknownChangesNothing() {
        var cancelled = keep(OrderMother.in(OrderStatus.CANCELLED));

        handler.handle(new ConfirmOrder(cancelled.id(), OrderMother.cataloguePrices()))
                .await()
                .atMost(Duration.ofSeconds(1));
        handler.handle(new RejectOrder(UUID.randomUUID(), "no such order"))
                .await()
                .atMost(Duration.ofSeconds(1));

        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(saved).isEmpty();
    }

    private Order keep(Order order) {
        orders.put(order.id(), order);
        return order;
    }

    private static final class InMemoryOrders extends OrderRepository {
        private final Map<UUID, Order> orders;

        InMemoryOrders(Map<UUID, Order> orders) {
            this.orders = orders;
        }

        @Override
        public Uni<Order> findById(UUID id) {
            return Uni.createFrom().item(orders.get(id));
        }
    }

    /** Records the events each save takes, as the outbox would receive them. */
    private static final class RecordingChanges extends OrderChanges {
        private final List<List<OrderEvent>> saved;

        RecordingChanges(List<List<OrderEvent>> saved) {
            super(null, null, null);
            this.saved = saved;
        }

        @Override
        public Uni<Void> saveAtCommit(Order order) {
            saved.add(order.takePendingEvents());
            return Uni.createFrom().voidItem();
        }
    }
}
