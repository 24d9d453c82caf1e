package dev.oms.platform.messaging;

import dev.oms.events.EventEnvelope;
import dev.oms.events.order.OrderCancelled;
import dev.oms.events.order.OrderPlaced;
import dev.oms.events.order.OrderStatusChanged;
import dev.oms.events.product.ProductCreated;
import dev.oms.events.product.ProductStockChanged;
import dev.oms.events.product.ProductUpdated;
import dev.oms.events.product.StockRejected;
import dev.oms.events.product.StockReserved;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The event records are read and written by Jackson through reflection; a native image keeps only what is registered.
 * EventReflectionTest fails when an event type is added to the contracts but not here.
 */
@RegisterForReflection(
        targets = {
            EventEnvelope.class,
            OrderPlaced.class,
            OrderPlaced.Line.class,
            OrderStatusChanged.class,
            OrderCancelled.class,
            ProductCreated.class,
            ProductUpdated.class,
            ProductStockChanged.class,
            StockReserved.class,
            StockReserved.Line.class,
            StockRejected.class,
            StockRejected.Line.class,
            StockRejected.Reason.class
        })
public final class EventReflection {

    private EventReflection() {}
}
