package dev.oms.product.messaging.inbound;

import dev.oms.events.Subscription;
import dev.oms.events.order.OrderCancelled;
import dev.oms.events.order.OrderPlaced;
import dev.oms.platform.messaging.inbox.EventHandlers;
import dev.oms.platform.messaging.inbox.InboxBatches;
import dev.oms.product.command.ReleaseStockHandler;
import dev.oms.product.command.ReserveStockHandler;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Consumes order-service's events that concern stock: orders to reserve for, cancellations to release. */
@ApplicationScoped
public class OrderEventsConsumer {

    private final InboxBatches batches;
    private final EventHandlers handlers;

    public OrderEventsConsumer(
            InboxBatches batches, ReserveStockHandler reserveStock, ReleaseStockHandler releaseStock) {
        this.batches = batches;
        this.handlers = EventHandlers.of(Subscription.STOCK_REQUESTS)
                .on(OrderPlaced.class, placed -> reserveStock.handle(StockRequests.reserve(placed)))
                .on(OrderCancelled.class, cancelled -> releaseStock.handle(StockRequests.release(cancelled)))
                // every product a batch of orders names, locked at once in id order: batches cannot deadlock, and a
                // hot product is locked once for all the orders of a batch
                .beforeBatch(payloads -> reserveStock.lockProducts(StockRequests.productsNamed(payloads)))
                .build();
    }

    @Incoming(Subscription.Channels.STOCK_REQUESTS)
    public Uni<Void> consume(Message<byte[]> message) {
        return batches.consume(handlers, message);
    }
}
