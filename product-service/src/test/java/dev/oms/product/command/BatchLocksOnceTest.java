package dev.oms.product.command;

import static dev.oms.product.support.Catalog.addProduct;
import static dev.oms.product.support.Catalog.stockOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.platform.messaging.UnitOfWork;
import dev.oms.platform.testing.StatementLog;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A batch of reservations locks its products once, in the batch's first statement: an order of one product then takes
 * the row its unit of work holds already instead of locking it again. An order handled alone still locks what it
 * reserves from, several products in one statement. (The consumer writes what a unit of work's reservations changed
 * after its last handler, as these tests do.)
 */
@QuarkusTest
class BatchLocksOnceTest {

    private static final String LOCKING_PRODUCTS = "from catalog\\.product \\w+ where .* for (no key )?update";

    @Inject
    ReserveStockHandler reserveStock;

    @Inject
    UnitOfWork unitOfWork;

    @Test
    void threeOrdersOfABatchLockTheirProductOnce() throws Throwable {
        var product = UUID.fromString(addProduct(10));

        try (var statements = StatementLog.start()) {
            VertxContextSupport.subscribeAndAwait(() -> unitOfWork.run(() -> reserveStock
                    .lockProducts(Set.of(product))
                    .chain(() -> reserveStock.handle(order(product, 1)))
                    .chain(() -> reserveStock.handle(order(product, 2)))
                    .chain(() -> reserveStock.handle(order(product, 3)))));

            assertThat(statements.matching(LOCKING_PRODUCTS)).hasSize(1);
        }
        assertThat(stockOf(product.toString())).isEqualTo(4);
    }

    @Test
    void anOrderHandledAloneLocksWhatItReserves() throws Throwable {
        var product = UUID.fromString(addProduct(10));

        try (var statements = StatementLog.start()) {
            VertxContextSupport.subscribeAndAwait(() -> unitOfWork.run(() -> reserveStock.handle(order(product, 4))));

            assertThat(statements.matching(LOCKING_PRODUCTS)).hasSize(1);
        }
        assertThat(stockOf(product.toString())).isEqualTo(6);
    }

    @Test
    void anOrderOfTwoProductsLocksThemInOneStatement() throws Throwable {
        var one = UUID.fromString(addProduct(10));
        var other = UUID.fromString(addProduct(10));

        try (var statements = StatementLog.start()) {
            VertxContextSupport.subscribeAndAwait(() -> unitOfWork.run(() ->
                    reserveStock.handle(new ReserveStock(UUID.randomUUID(), Map.of(one, 2, other, 5), Map.of()))));

            assertThat(statements.matching(LOCKING_PRODUCTS)).hasSize(1);
        }
        assertThat(stockOf(one.toString())).isEqualTo(8);
        assertThat(stockOf(other.toString())).isEqualTo(5);
    }

    private static ReserveStock order(UUID product, int quantity) {
        return new ReserveStock(UUID.randomUUID(), Map.of(product, quantity), Map.of());
    }
}
