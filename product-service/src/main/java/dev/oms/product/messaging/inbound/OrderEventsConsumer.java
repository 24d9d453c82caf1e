package dev.oms.product.messaging.inbound;

import dev.oms.events.Subscription;
import dev.oms.events.order.OrderCancelled;
import dev.oms.events.order.OrderPlaced;
import dev.oms.platform.messaging.inbox.EventHandlers;
import dev.oms.platform.messaging.inbox.InboxProcessor;
import dev.oms.product.command.ReleaseStockHandler;
import dev.oms.product.command.ReserveStockHandler;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Consumes order-service's events that concern stock: orders to reserve for, cancellations to release. */
@ApplicationScoped
public class OrderEventsConsumer {

    private final InboxProcessor processor;
    private final EventHandlers handlers;

    public OrderEventsConsumer(
            InboxProcessor processor, ReserveStockHandler reserveStock, ReleaseStockHandler releaseStock) {
        this.processor = processor;
        this.handlers = EventHandlers.of(Subscription.STOCK_REQUESTS)
                .on(OrderPlaced.class, placed -> reserveStock.handle(StockRequests.reserve(placed)))
                .on(OrderCancelled.class, cancelled -> releaseStock.handle(StockRequests.release(cancelled)))
                .build();
    }

    @Incoming(Subscription.Channels.STOCK_REQUESTS)
    public Uni<Void> consume(Message<byte[]> message) {
        return processor.process(handlers, message);
    }
}
