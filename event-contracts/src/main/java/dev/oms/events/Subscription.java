package dev.oms.events;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who consumes which events: the one declaration the messaging topology is derived from. Each subscription names the
 * consuming service, its channel and the event types it takes; the exchange, the queue, the routing keys and the
 * dead-letter queue follow from that (the platform turns them into the connector's settings, the system tests read
 * them from here).
 * <ul>
 * <li>A <em>shared</em> subscription is a durable quorum queue that every replica of the service reads from, each
 * event to one replica, with a dead-letter queue.</li>
 * <li>A <em>per-instance</em> one is a queue each replica declares for itself, so that every replica sees every
 * event; it outlives a dropped connection and expires once its replica is gone.</li>
 * </ul>
 */
public enum Subscription {
    /** product-service reserves stock for orders placed and releases it for orders cancelled. */
    STOCK_REQUESTS(
            "product-service",
            Channels.STOCK_REQUESTS,
            "orders",
            true,
            EventType.ORDER_PLACED,
            EventType.ORDER_CANCELLED),

    /** order-service confirms or rejects its pending orders from product-service's answer. */
    STOCK_OUTCOMES(
            "order-service",
            Channels.STOCK_OUTCOMES,
            "stock-outcomes",
            true,
            EventType.STOCK_RESERVED,
            EventType.STOCK_REJECTED),

    /** Every product-service replica keeps its query cache fresh from the catalogue's own events. */
    PRODUCT_CACHE(
            "product-service",
            Channels.PRODUCT_CACHE,
            "cache",
            false,
            EventType.PRODUCT_CREATED,
            EventType.PRODUCT_UPDATED,
            EventType.PRODUCT_STOCK_CHANGED);

    /** Channel names, as constants for {@code @Incoming}. */
    public static final class Channels {
        public static final String STOCK_REQUESTS = "stock-requests";
        public static final String STOCK_OUTCOMES = "stock-outcomes";
        public static final String PRODUCT_CACHE = "product-cache";

        private Channels() {}
    }

    private final String service;
    private final String channel;
    private final String purpose;
    private final boolean shared;
    private final List<EventType> types;

    Subscription(String service, String channel, String purpose, boolean shared, EventType... types) {
        this.service = service;
        this.channel = channel;
        this.purpose = purpose;
        this.shared = shared;
        this.types = List.of(types);
    }

    /** The consuming service, as its {@code quarkus.application.name}. */
    public String service() {
        return service;
    }

    /** The channel its consumer reads, {@code @Incoming(...)}. */
    public String channel() {
        return channel;
    }

    public boolean shared() {
        return shared;
    }

    public List<EventType> types() {
        return types;
    }

    /** The consumer's name (in the inbox and the metrics), and the shared queue's name. */
    public String consumer() {
        return service + "." + purpose;
    }

    /** A per-instance queue's name ends with something unique to the instance. */
    public String queue(String instance) {
        return shared ? consumer() : consumer() + "." + instance;
    }

    public String queue() {
        if (!shared) {
            throw new IllegalStateException(this + " has a queue per instance: use queue(instance)");
        }
        return consumer();
    }

    public String deadLetterQueue() {
        return queue() + ".dlq";
    }

    /** The exchange its event types are published to; one subscription reads from one exchange. */
    public String exchange() {
        Set<String> exchanges = types.stream().map(EventType::exchange).collect(Collectors.toSet());
        if (exchanges.size() != 1) {
            throw new IllegalStateException(this + " spans exchanges " + exchanges);
        }
        return exchanges.iterator().next();
    }

    public List<String> routingKeys() {
        return types.stream().map(EventType::wireName).toList();
    }

    /** The subscriptions a service consumes. */
    public static List<Subscription> of(String service) {
        return Arrays.stream(values()).filter(s -> s.service.equals(service)).toList();
    }
}
