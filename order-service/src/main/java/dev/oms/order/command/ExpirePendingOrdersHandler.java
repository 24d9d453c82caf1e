package dev.oms.order.command;

import dev.oms.order.domain.OrderStatus;
import dev.oms.order.persistence.OrderRepository;
import dev.oms.platform.messaging.UnitOfWork;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * Rejects orders that have waited for a stock answer longer than {@code oms.orders.pending-timeout} (product-service
 * down or far behind), so no customer waits forever. Each expiry publishes {@code OrderCancelled} as well, so
 * product-service releases anything it reserved, or ignores the order if it reaches it later. Each order is expired in
 * its own transaction; a replica that loses the race to another changes nothing.
 */
@ApplicationScoped
public class ExpirePendingOrdersHandler {

    private static final int BATCH = 100;

    private final OrderRepository orders;
    private final OrderChanges changes;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final Duration timeout;

    public ExpirePendingOrdersHandler(
            OrderRepository orders, OrderChanges changes, UnitOfWork unitOfWork, Clock clock, PendingOrders settings) {
        this.orders = orders;
        this.changes = changes;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.timeout = settings.pendingTimeout();
    }

    @Scheduled(
            every = "${oms.orders.pending-check-interval}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> expireOverdue() {
        var cutoff = clock.instant().minus(timeout);
        return unitOfWork
                .run(() -> orders.overduePendingIds(cutoff, BATCH))
                .onItem()
                .transformToMulti(ids -> Multi.createFrom().iterable(ids))
                .onItem()
                .transformToUniAndConcatenate(id -> expire(id).onFailure().recoverWithItem(failure -> {
                    Log.infof("Order %s not expired: %s", id, failure.getMessage());
                    return null;
                }))
                .collect()
                .last()
                .replaceWithVoid();
    }

    private Uni<Void> expire(UUID orderId) {
        return unitOfWork.run(() -> orders.findById(orderId).chain(order -> {
            if (order == null || order.status() != OrderStatus.PENDING) {
                return Uni.createFrom().voidItem();
            }
            order.expire("no stock answer within " + timeout, clock.instant());
            return changes.save(order);
        }));
    }
}
