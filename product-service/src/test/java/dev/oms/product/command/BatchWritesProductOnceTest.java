package dev.oms.product.command;

import static dev.oms.product.support.Catalog.addProduct;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.platform.messaging.UnitOfWork;
import dev.oms.platform.testing.StatementLog;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;

/**
 * The orders of a batch change a product in memory and the batch writes it once: one update of the product and one of
 * its read-model row, however many orders reserved from it or released to it, while each order's
 * {@code ProductStockChanged} still carries the version its change produced, one version per change, the last the
 * product's.
 */
@QuarkusTest
class BatchWritesProductOnceTest {

    private static final String UPDATING_PRODUCT = "update catalog\\.product\\b(?!_)";
    private static final String UPDATING_VIEW = "update catalog\\.product_view\\b";
    private static final Pattern VERSION = Pattern.compile("\"aggregateVersion\"\\s*:\\s*(\\d+)");

    @Inject
    ReserveStockHandler reserveStock;

    @Inject
    ReleaseStockHandler releaseStock;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    Mutiny.SessionFactory sessions;

    @Test
    void threeOrdersOfABatchUpdateTheirProductAndItsRowOnce() throws Throwable {
        var product = UUID.fromString(addProduct(10));
        long before = versionOf(product);

        try (var statements = StatementLog.start()) {
            VertxContextSupport.subscribeAndAwait(() -> unitOfWork.run(() -> reserveStock
                    .lockProducts(Set.of(product))
                    .chain(() -> reserveStock.handle(order(product, 1)))
                    .chain(() -> reserveStock.handle(order(product, 2)))
                    .chain(() -> reserveStock.handle(order(product, 3)))));

            assertThat(statements.matching(UPDATING_PRODUCT)).hasSize(1);
            assertThat(statements.matching(UPDATING_VIEW)).hasSize(1);
        }
        assertThat(versionOf(product)).isEqualTo(before + 3);
        assertThat(viewOf(product)).containsExactly(4, before + 3);
        assertThat(eventVersionsOf(product)).endsWith(before + 1, before + 2, before + 3);
    }

    @Test
    void aReservationAndItsReleaseInOneBatchWriteTheProductOnce() throws Throwable {
        var product = UUID.fromString(addProduct(10));
        long before = versionOf(product);
        var order = order(product, 4);

        try (var statements = StatementLog.start()) {
            VertxContextSupport.subscribeAndAwait(() -> unitOfWork.run(() -> reserveStock
                    .lockProducts(Set.of(product))
                    .chain(() -> reserveStock.handle(order))
                    .chain(() -> releaseStock.handle(new ReleaseStock(order.orderId())))));

            assertThat(statements.matching(UPDATING_PRODUCT)).hasSize(1);
            assertThat(statements.matching(UPDATING_VIEW)).hasSize(1);
        }
        assertThat(versionOf(product)).isEqualTo(before + 2);
        assertThat(viewOf(product)).containsExactly(10, before + 2);
        assertThat(eventVersionsOf(product)).endsWith(before + 1, before + 2);
    }

    private static ReserveStock order(UUID product, int quantity) {
        return new ReserveStock(UUID.randomUUID(), Map.of(product, quantity), Map.of());
    }

    private long versionOf(UUID product) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> sessions.withSession(
                session -> session.createQuery("select p.version from Product p where p.id = :id", Long.class)
                        .setParameter("id", product)
                        .getSingleResult()));
    }

    /** The read-model row's available stock and version. */
    private List<Object> viewOf(UUID product) throws Throwable {
        var row = VertxContextSupport.subscribeAndAwait(() -> sessions.withSession(session -> session.createQuery(
                        "select v.availableStock, v.version from ProductViewRow v where v.id = :id", Object[].class)
                .setParameter("id", product)
                .getSingleResult()));
        return List.of(((Number) row[0]).intValue(), ((Number) row[1]).longValue());
    }

    /** The aggregate versions of the product's events in the outbox, in publishing order. */
    private List<Long> eventVersionsOf(UUID product) throws Throwable {
        var envelopes = VertxContextSupport.subscribeAndAwait(() -> sessions.withSession(session -> session.createQuery(
                        "select o.envelope from OutboxEvent o where o.aggregateId = :id" + " order by o.sequenceNumber",
                        String.class)
                .setParameter("id", product.toString())
                .getResultList()));
        return envelopes.stream()
                .map(envelope -> {
                    var found = VERSION.matcher(envelope);
                    assertThat(found.find()).as(envelope).isTrue();
                    return Long.parseLong(found.group(1));
                })
                .toList();
    }
}
