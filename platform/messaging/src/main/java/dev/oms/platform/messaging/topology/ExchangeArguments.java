package dev.oms.platform.messaging.topology;

import dev.oms.events.Exchanges;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Map;

/**
 * The arguments every declaration of a service's topic exchange carries, by producer and consumers alike (RabbitMQ
 * accepts a second declaration only if it is the same): its alternate exchange, so that an event no queue takes is
 * kept in {@link Exchanges#unroutedOf} instead of being confirmed and dropped. The channels name these beans as their
 * {@code exchange.arguments}.
 */
@ApplicationScoped
public class ExchangeArguments {

    static final String PREFIX = "oms-exchange-arguments:";
    static final String ORDER_EVENTS = PREFIX + Exchanges.ORDER_EVENTS;
    static final String PRODUCT_EVENTS = PREFIX + Exchanges.PRODUCT_EVENTS;

    /** The name of the bean with the arguments of this exchange. */
    static String nameFor(String exchange) {
        return PREFIX + exchange;
    }

    public static Map<String, Object> of(String exchange) {
        return Map.of("alternate-exchange", Exchanges.unroutedOf(exchange));
    }

    @Produces
    @Identifier(ORDER_EVENTS)
    Map<String, Object> orderEvents() {
        return of(Exchanges.ORDER_EVENTS);
    }

    @Produces
    @Identifier(PRODUCT_EVENTS)
    Map<String, Object> productEvents() {
        return of(Exchanges.PRODUCT_EVENTS);
    }
}
