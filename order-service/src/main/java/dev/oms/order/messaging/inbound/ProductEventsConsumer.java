package dev.oms.order.messaging.inbound;

import dev.oms.events.EventEnvelope;
import dev.oms.events.Subscription;
import dev.oms.events.product.StockRejected;
import dev.oms.events.product.StockReserved;
import dev.oms.order.command.RecordStockOutcomeHandler;
import dev.oms.platform.messaging.inbox.InboxProcessor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Consumes product-service's stock outcomes and settles the pending orders they answer. */
@ApplicationScoped
public class ProductEventsConsumer {

    private final InboxProcessor processor;
    private final RecordStockOutcomeHandler stockOutcome;

    public ProductEventsConsumer(InboxProcessor processor, RecordStockOutcomeHandler stockOutcome) {
        this.processor = processor;
        this.stockOutcome = stockOutcome;
    }

    @Incoming(Subscription.Channels.STOCK_OUTCOMES)
    public Uni<Void> consume(Message<byte[]> message) {
        return processor.process(Subscription.STOCK_OUTCOMES, message, this::handle);
    }

    private Uni<Void> handle(EventEnvelope<?> envelope) {
        if (envelope.payload() instanceof StockReserved reserved) {
            return stockOutcome.handle(StockOutcomes.confirm(reserved));
        }
        if (envelope.payload() instanceof StockRejected rejected) {
            return stockOutcome.handle(StockOutcomes.reject(rejected));
        }
        return Uni.createFrom().voidItem();
    }
}
