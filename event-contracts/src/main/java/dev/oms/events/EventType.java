package dev.oms.events;

import dev.oms.events.order.OrderCancelled;
import dev.oms.events.order.OrderPlaced;
import dev.oms.events.order.OrderStatusChanged;
import dev.oms.events.product.ProductCreated;
import dev.oms.events.product.ProductStockChanged;
import dev.oms.events.product.ProductUpdated;
import dev.oms.events.product.StockRejected;
import dev.oms.events.product.StockReserved;
import java.util.Arrays;
import java.util.Optional;

/**
 * Every event type and schema version the system publishes, with the exchange it goes to. A new incompatible version
 * of an event is a new constant (e.g. {@code ORDER_PLACED_V2}) next to the old one, which stays while any producer may
 * still send it.
 */
public enum EventType {
    ORDER_PLACED("OrderPlaced", 1, Exchanges.ORDER_EVENTS, OrderPlaced.class),
    ORDER_STATUS_CHANGED("OrderStatusChanged", 1, Exchanges.ORDER_EVENTS, OrderStatusChanged.class),
    ORDER_CANCELLED("OrderCancelled", 1, Exchanges.ORDER_EVENTS, OrderCancelled.class),

    PRODUCT_CREATED("ProductCreated", 1, Exchanges.PRODUCT_EVENTS, ProductCreated.class),
    PRODUCT_UPDATED("ProductUpdated", 1, Exchanges.PRODUCT_EVENTS, ProductUpdated.class),
    PRODUCT_STOCK_CHANGED("ProductStockChanged", 1, Exchanges.PRODUCT_EVENTS, ProductStockChanged.class),
    STOCK_RESERVED("StockReserved", 1, Exchanges.PRODUCT_EVENTS, StockReserved.class),
    STOCK_REJECTED("StockRejected", 1, Exchanges.PRODUCT_EVENTS, StockRejected.class);

    private final String wireName;
    private final int schemaVersion;
    private final String exchange;
    private final Class<? extends EventPayload> payloadClass;

    EventType(String wireName, int schemaVersion, String exchange, Class<? extends EventPayload> payloadClass) {
        this.wireName = wireName;
        this.schemaVersion = schemaVersion;
        this.exchange = exchange;
        this.payloadClass = payloadClass;
    }

    /** The name in the envelope's {@code type} field; also the routing key. */
    public String wireName() {
        return wireName;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    public String exchange() {
        return exchange;
    }

    public Class<? extends EventPayload> payloadClass() {
        return payloadClass;
    }

    /** The registered type of a payload instance. */
    public static EventType of(EventPayload payload) {
        return Arrays.stream(values())
                .filter(t -> t.payloadClass == payload.getClass())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unregistered event payload " + payload.getClass()));
    }

    /** Looks up a type by what an envelope says; empty for an unknown type or an unsupported version. */
    public static Optional<EventType> find(String wireName, int schemaVersion) {
        return Arrays.stream(values())
                .filter(t -> t.wireName.equals(wireName) && t.schemaVersion == schemaVersion)
                .findFirst();
    }
}
