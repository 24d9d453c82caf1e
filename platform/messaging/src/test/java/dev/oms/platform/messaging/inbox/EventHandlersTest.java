package dev.oms.platform.messaging.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.events.EventEnvelope;
import dev.oms.events.EventPayload;
import dev.oms.events.Subscription;
import dev.oms.events.order.OrderCancelled;
import dev.oms.events.product.StockRejected;
import dev.oms.events.product.StockReserved;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventHandlersTest {

    private final List<String> handled = new ArrayList<>();

    @Test
    void eachPayloadGoesToTheHandlerOfItsType() {
        var handlers = outcomes().build();
        var orderId = UUID.randomUUID();

        handlers.handle(envelope(new StockRejected(orderId, List.of()))).await().indefinitely();
        handlers.handle(envelope(new StockReserved(orderId, List.of()))).await().indefinitely();

        assertThat(handled).containsExactly("rejected " + orderId, "reserved " + orderId);
    }

    @Test
    void anEventOfATypeNotSubscribedToIsSkipped() {
        var handlers = outcomes().build();

        handlers.handle(envelope(new OrderCancelled(UUID.randomUUID(), "changed my mind")))
                .await()
                .indefinitely();

        assertThat(handled).isEmpty();
    }

    @Test
    void aSubscribedTypeWithoutAHandlerIsRefusedWhenBuilt() {
        var incomplete = EventHandlers.of(Subscription.STOCK_OUTCOMES).on(StockReserved.class, this::reserved);

        assertThatThrownBy(incomplete::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("[StockRejected, StockReserved]");
    }

    @Test
    void aHandlerForATypeTheSubscriptionDoesNotTakeIsRefused() {
        var extra = outcomes()
                .on(OrderCancelled.class, cancelled -> Uni.createFrom().voidItem());

        assertThatThrownBy(extra::build).hasMessageContaining("OrderCancelled");
    }

    @Test
    void twoHandlersForOneTypeAreRefused() {
        var builder = outcomes();

        assertThatThrownBy(() -> builder.on(StockReserved.class, this::reserved))
                .hasMessageContaining("two handlers for StockReserved");
    }

    private EventHandlers.Builder outcomes() {
        return EventHandlers.of(Subscription.STOCK_OUTCOMES)
                .on(StockReserved.class, this::reserved)
                .on(StockRejected.class, rejected -> record("rejected " + rejected.orderId()));
    }

    private Uni<Void> reserved(StockReserved reserved) {
        return record("reserved " + reserved.orderId());
    }

    private Uni<Void> record(String what) {
        handled.add(what);
        return Uni.createFrom().voidItem();
    }

    private static EventEnvelope<EventPayload> envelope(EventPayload payload) {
        return EventEnvelope.wrap(payload, "agg", 1, "corr", Instant.parse("2026-12-04T10:00:00Z"));
    }
}
