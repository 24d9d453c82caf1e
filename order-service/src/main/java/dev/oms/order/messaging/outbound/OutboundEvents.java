package dev.oms.order.messaging.outbound;

import dev.oms.order.domain.Order;
import dev.oms.platform.messaging.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Records what an order raised in the outbox, in its published form, inside the caller's unit of work. Call it after
 * the order was flushed, so the events carry its new version.
 */
@ApplicationScoped
public class OutboundEvents {

    private final Outbox outbox;

    public OutboundEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> record(Order order) {
        var id = order.id().toString();
        var events = order.takePendingEvents().stream().map(OrderContracts::of).toList();
        return outbox.append(events, id, order.version(), id);
    }
}
