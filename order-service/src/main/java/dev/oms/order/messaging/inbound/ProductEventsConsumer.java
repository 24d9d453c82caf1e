package dev.oms.order.messaging.inbound;

import dev.oms.events.Subscription;
import dev.oms.events.product.StockRejected;
import dev.oms.events.product.StockReserved;
import dev.oms.order.command.RecordStockOutcomeHandler;
import dev.oms.platform.messaging.inbox.EventHandlers;
import dev.oms.platform.messaging.inbox.InboxBatches;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Consumes product-service's stock outcomes and settles the pending orders they answer. */
@ApplicationScoped
public class ProductEventsConsumer {

    private final InboxBatches batches;
    private final EventHandlers handlers;

    public ProductEventsConsumer(InboxBatches batches, RecordStockOutcomeHandler stockOutcome) {
        this.batches = batches;
        this.handlers = EventHandlers.of(Subscription.STOCK_OUTCOMES)
                .on(StockReserved.class, reserved -> stockOutcome.handle(StockOutcomes.confirm(reserved)))
                .on(StockRejected.class, rejected -> stockOutcome.handle(StockOutcomes.reject(rejected)))
                // the batch's orders read in one query; each handler then finds its order already loaded
                .beforeBatch(payloads -> stockOutcome.loadOrders(StockOutcomes.ordersAnswered(payloads)))
                .build();
    }

    @Incoming(Subscription.Channels.STOCK_OUTCOMES)
    public Uni<Void> consume(Message<byte[]> message) {
        return batches.consume(handlers, message);
    }
}
