package dev.oms.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The topology's names follow from the declaration, and every event someone consumes is published somewhere. */
class SubscriptionTest {

    @Test
    void aSharedSubscriptionNamesItsQueueAndDeadLettersAfterTheConsumer() {
        var requests = Subscription.STOCK_REQUESTS;

        assertThat(requests.consumer()).isEqualTo("product-service.orders");
        assertThat(requests.queue()).isEqualTo("product-service.orders");
        assertThat(requests.deadLetterQueue()).isEqualTo("product-service.orders.dlq");
        assertThat(requests.exchange()).isEqualTo(Exchanges.ORDER_EVENTS);
        assertThat(requests.routingKeys()).containsExactly("OrderPlaced", "OrderCancelled");
        assertThat(Subscription.STOCK_OUTCOMES.queue()).isEqualTo("order-service.stock-outcomes");
        assertThat(Subscription.STOCK_OUTCOMES.exchange()).isEqualTo(Exchanges.PRODUCT_EVENTS);
    }

    @Test
    void aPerInstanceSubscriptionHasAQueuePerInstanceAndNoSharedOne() {
        var cache = Subscription.PRODUCT_CACHE;

        assertThat(cache.queue("i-1")).isEqualTo("product-service.cache.i-1");
        assertThatThrownBy(cache::queue).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void everySubscriptionReadsTheExchangeOfAServiceThatPublishesItsEvents() {
        assertThat(Subscription.values())
                .allSatisfy(subscription -> assertThat(subscription.exchange())
                        .isIn(Exchanges.publishedBy("order-service"), Exchanges.publishedBy("product-service")));
        assertThatThrownBy(() -> Exchanges.publishedBy("billing-service")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void whatAnExchangeCannotRouteWaitsInAQueueNamedAfterIt() {
        assertThat(Exchanges.unroutedOf(Exchanges.ORDER_EVENTS)).isEqualTo("oms.order-events.unrouted");
    }

    @Test
    void channelsAndConsumersAreUnique() {
        assertThat(Arrays.stream(Subscription.values()).map(Subscription::channel))
                .doesNotHaveDuplicates();
        assertThat(Arrays.stream(Subscription.values()).map(Subscription::consumer))
                .doesNotHaveDuplicates();
        assertThat(Subscription.of("product-service"))
                .containsExactly(Subscription.STOCK_REQUESTS, Subscription.PRODUCT_CACHE);
    }
}
