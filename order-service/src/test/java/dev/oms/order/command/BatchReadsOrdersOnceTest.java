package dev.oms.order.command;

import static dev.oms.order.support.OrderApi.place;
import static dev.oms.order.support.OrderApi.statusOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.order.domain.Order;
import dev.oms.platform.messaging.UnitOfWork;
import dev.oms.platform.testing.StatementLog;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The stock outcomes of a batch read their orders in the batch's first statement: each outcome then finds its order
 * in the unit of work instead of reading it again.
 */
@QuarkusTest
class BatchReadsOrdersOnceTest {

    private static final String READING_ORDERS = "select .* from ordering\\.customer_order \\w+ (left join .* )?where";

    @Inject
    RecordStockOutcomeHandler stockOutcome;

    @Inject
    UnitOfWork unitOfWork;

    @Test
    void threeOutcomesOfABatchReadTheirOrdersOnce() throws Throwable {
        var product = UUID.randomUUID();
        var orders = new LinkedHashSet<UUID>();
        for (int i = 0; i < 3; i++) {
            orders.add(UUID.fromString(place("batch-customer", product, 1 + i)));
        }
        var prices = Map.of(product, new Order.PricedProduct("Keyboard", new BigDecimal("50.00"), "EUR"));

        try (var statements = StatementLog.start()) {
            VertxContextSupport.subscribeAndAwait(() -> unitOfWork.run(() -> {
                var outcomes = stockOutcome.loadOrders(orders);
                for (var order : orders) {
                    outcomes = outcomes.chain(() -> stockOutcome.handle(new ConfirmOrder(order, prices)));
                }
                return outcomes;
            }));

            assertThat(statements.matching(READING_ORDERS)).hasSize(1);
        }
        assertThat(orders)
                .allSatisfy(order -> assertThat(statusOf(order.toString())).isEqualTo("CONFIRMED"));
    }
}
