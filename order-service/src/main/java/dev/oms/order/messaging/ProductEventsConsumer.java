package dev.oms.order.messaging;

import dev.oms.events.EventEnvelope;
import dev.oms.events.product.StockRejected;
import dev.oms.events.product.StockReserved;
import dev.oms.order.command.RecordStockOutcomeHandler;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Consumes product-service's events. A message is acknowledged only after its handler's transaction committed; a
 * malformed one is rejected at once (it would never succeed).
 */
@ApplicationScoped
public class ProductEventsConsumer {

    private final EventCodec codec;
    private final RecordStockOutcomeHandler stockOutcome;

    public ProductEventsConsumer(EventCodec codec, RecordStockOutcomeHandler stockOutcome) {
        this.codec = codec;
        this.stockOutcome = stockOutcome;
    }

    @Incoming("product-events")
    public Uni<Void> consume(Message<byte[]> message) {
        final EventEnvelope<?> envelope;
        try {
            envelope = codec.decode(new String(message.getPayload(), StandardCharsets.UTF_8));
        } catch (MalformedEventException e) {
            Log.warnf("Rejecting malformed message: %s", e.getMessage());
            return Uni.createFrom().completionStage(message.nack(e));
        }
        return handle(envelope)
                .onItemOrFailure().transformToUni((ignored, failure) -> failure == null
                        ? Uni.createFrom().completionStage(message.ack())
                        : Uni.createFrom().completionStage(message.nack(failure)));
    }

    private Uni<Void> handle(EventEnvelope<?> envelope) {
        if (envelope.payload() instanceof StockReserved reserved) {
            return stockOutcome.reserved(reserved);
        }
        if (envelope.payload() instanceof StockRejected rejected) {
            return stockOutcome.rejected(rejected);
        }
        return Uni.createFrom().voidItem();
    }
}
