package dev.oms.events;

/** The RabbitMQ topic exchanges events are published to, one per producing service. Routing key = event type. */
public final class Exchanges {

    /** Published by order-service. */
    public static final String ORDER_EVENTS = "oms.order-events";

    /** Published by product-service. */
    public static final String PRODUCT_EVENTS = "oms.product-events";

    private Exchanges() {}
}
