package dev.oms.events;

/**
 * The RabbitMQ exchanges: a topic exchange per producing service (routing key = event type) with an alternate exchange
 * for what it cannot route, and the dead letters.
 */
public final class Exchanges {

    /** Published by order-service. */
    public static final String ORDER_EVENTS = "oms.order-events";

    /** Published by product-service. */
    public static final String PRODUCT_EVENTS = "oms.product-events";

    /** A direct exchange: each subscription's dead letters go to its {@link Subscription#deadLetterQueue()}. */
    public static final String DEAD_LETTERS = "oms.dead-letters";

    private Exchanges() {}

    /**
     * The alternate exchange of a service's topic exchange (a topic exchange too), and the durable queue bound to it
     * with the routing keys of the work queues that exchange feeds: an event a work queue should have taken but could
     * not (deleted, not declared yet) waits there instead of being dropped. An event no work queue subscribes to (a
     * status change nobody consumes yet) is still dropped: it is nobody's loss.
     */
    public static String unroutedOf(String exchange) {
        return exchange + ".unrouted";
    }

    /** The exchange a service publishes its events to, by its {@code quarkus.application.name}. */
    public static String publishedBy(String service) {
        return switch (service) {
            case "order-service" -> ORDER_EVENTS;
            case "product-service" -> PRODUCT_EVENTS;
            default -> throw new IllegalArgumentException("no events are published by " + service);
        };
    }
}
