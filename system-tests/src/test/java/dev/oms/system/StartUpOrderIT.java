package dev.oms.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 17: events published before their queue exists were lost. order-service started on a fresh broker before
 * product-service ever ran there, an order placed, product-service started afterwards: the order is confirmed. It
 * works because order-service declares the work queue its events feed, as product-service's consumer does
 * ({@code FedQueues}), so the event waits in it.
 *
 * <p>On a RabbitMQ node of its own ({@link PrivateBroker}): a fresh node is a fresh virtual host, and the shared broker
 * is never touched. Both services are moved back afterwards.
 */
@ExtendWith(SystemUnderTest.class)
@Order(Integer.MAX_VALUE - 3)
class StartUpOrderIT {

    @RegisterExtension
    static final ABrokerOfItsOwn broker = ABrokerOfItsOwn.besideTheServices();

    @Test
    void anOrderPlacedBeforeItsConsumerEverRanIsConfirmedOnceItStarts() throws Exception {
        var tag = Shop.tag();
        var product = Shop.addProduct("SU-" + tag, "Early bird", "su-" + tag, "5", 3);
        SystemUnderTest.productService().kill();

        SystemUnderTest.moveOneTo(broker.address(), SystemUnderTest.orderService());
        var placed = Shop.place("su-" + tag, Map.of(product, 2), null);
        assertThat(placed.status()).as("placing: %s", placed).isEqualTo(202);
        assertThat(Shop.order(placed.id()).getString("status")).isEqualTo("PENDING");

        SystemUnderTest.moveOneTo(broker.address(), SystemUnderTest.productService());
        await("the order confirmed once product-service runs")
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() ->
                        assertThat(Shop.order(placed.id()).getString("status")).isEqualTo("CONFIRMED"));
        assertThat(Shop.stock(product)).isEqualTo(1);
    }
}
