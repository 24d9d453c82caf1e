package dev.oms.product.messaging;

import dev.oms.events.EventEnvelope;
import dev.oms.events.order.OrderPlaced;
import dev.oms.product.command.ReserveStockHandler;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Consumes order-service's events. A message is acknowledged only after its handler's transaction committed; a
 * malformed one is rejected at once (it would never succeed).
 */
@ApplicationScoped
public class OrderEventsConsumer {

    private final EventCodec codec;
    private final ReserveStockHandler reserveStock;

    public OrderEventsConsumer(EventCodec codec, ReserveStockHandler reserveStock) {
        this.codec = codec;
        this.reserveStock = reserveStock;
    }

    @Incoming("order-events")
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
        if (envelope.payload() instanceof OrderPlaced placed) {
            return reserveStock.handle(placed);
        }
        return Uni.createFrom().voidItem();
    }
}
