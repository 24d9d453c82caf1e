package dev.oms.order.command;

import dev.oms.order.domain.Order;
import dev.oms.order.domain.OrderLine;
import dev.oms.order.persistence.IdempotencyRecord;
import dev.oms.order.persistence.IdempotencyRecords;
import dev.oms.order.persistence.OrderRepository;
import dev.oms.platform.messaging.PersistenceFailures;
import dev.oms.platform.messaging.UnitOfWork;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * Places an order (PENDING) and records {@code OrderPlaced}, in one transaction. With an idempotency key, the key is
 * stored in that same transaction; a request whose key is already stored answers the order placed the first time.
 */
@ApplicationScoped
public class PlaceOrderHandler {

    private final OrderRepository orders;
    private final IdempotencyRecords keys;
    private final OrderChanges changes;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public PlaceOrderHandler(
            OrderRepository orders, IdempotencyRecords keys, OrderChanges changes, UnitOfWork unitOfWork, Clock clock) {
        this.orders = orders;
        this.keys = keys;
        this.changes = changes;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    public Uni<OrderPlacement> handle(PlaceOrder command) {
        if (command.idempotencyKey() == null) {
            return unitOfWork.run(() -> place(command, null)).map(order -> new OrderPlacement(order, false));
        }
        var fingerprint = RequestFingerprint.of(command);
        // Two requests with the same key at the same moment: the second one's insert of the key waits for the first
        // transaction and then breaks the unique constraint. Its transaction is rolled back and run again, and now
        // finds the key.
        return unitOfWork
                .run(() -> placeOnce(command, fingerprint))
                .onFailure(e -> PersistenceFailures.violates(e, IdempotencyRecord.UNIQUE_CONSTRAINT))
                .recoverWithUni(() -> unitOfWork.run(() -> placeOnce(command, fingerprint)));
    }

    private Uni<OrderPlacement> placeOnce(PlaceOrder command, String fingerprint) {
        return keys.find(command.customerId(), command.idempotencyKey()).chain(previous -> {
            if (previous == null) {
                return place(command, fingerprint).map(order -> new OrderPlacement(order, false));
            }
            if (!previous.requestHash.equals(fingerprint)) {
                return Uni.createFrom().failure(new IdempotencyKeyReusedException(command.idempotencyKey()));
            }
            return orders.findById(previous.orderId).map(order -> new OrderPlacement(OrderAccepted.of(order), true));
        });
    }

    private Uni<OrderAccepted> place(PlaceOrder command, String fingerprint) {
        var lines = command.lines().stream()
                .map(l -> new OrderLine(l.productId(), l.quantity(), l.seenUnitPrice(), l.seenCurrency()))
                .toList();
        var order = Order.place(command.customerId(), lines, clock.instant());
        return remember(command, fingerprint, order)
                .chain(() -> changes.save(order))
                .replaceWith(() -> OrderAccepted.of(order));
    }

    /** Stores the key first, so a concurrent duplicate waits on it before doing any other work. */
    private Uni<Void> remember(PlaceOrder command, String fingerprint, Order order) {
        if (fingerprint == null) {
            return Uni.createFrom().voidItem();
        }
        var record = new IdempotencyRecord();
        record.customerId = command.customerId();
        record.key = command.idempotencyKey();
        record.requestHash = fingerprint;
        record.orderId = order.id();
        record.createdAt = order.createdAt();
        return keys.persistAndFlush(record).replaceWithVoid();
    }
}
