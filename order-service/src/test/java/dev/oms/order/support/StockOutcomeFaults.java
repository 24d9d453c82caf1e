package dev.oms.order.support;

import dev.oms.order.command.ConfirmOrder;
import dev.oms.order.command.OrderChanges;
import dev.oms.order.command.RecordStockOutcomeHandler;
import dev.oms.order.persistence.OrderRepository;
import io.quarkus.test.junit.QuarkusMock;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Puts a fault around the real stock-outcome handler for the current test (QuarkusMock: the next test has the real
 * one again): {@code around} gets the command and the real confirmation, and decides when to fail.
 */
@ApplicationScoped
public class StockOutcomeFaults {

    private final OrderRepository orders;
    private final OrderChanges changes;
    private final Clock clock;

    public StockOutcomeFaults(OrderRepository orders, OrderChanges changes, Clock clock) {
        this.orders = orders;
        this.changes = changes;
        this.clock = clock;
    }

    public void aroundConfirmation(BiFunction<ConfirmOrder, Supplier<Uni<Void>>, Uni<Void>> around) {
        QuarkusMock.installMockForType(
                new RecordStockOutcomeHandler(orders, changes, clock) {
                    @Override
                    public Uni<Void> handle(ConfirmOrder command) {
                        return around.apply(command, () -> super.handle(command));
                    }
                },
                RecordStockOutcomeHandler.class);
    }
}
