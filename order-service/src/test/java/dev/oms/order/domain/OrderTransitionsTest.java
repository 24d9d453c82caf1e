package dev.oms.order.domain;

import static dev.oms.order.domain.OrderMother.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every one of the 36 (from, to) pairs tried on a real order, through the door each target has: the stock outcome for
 * CONFIRMED and REJECTED, a request for the others.
 */
class OrderTransitionsTest {

    private static final Instant LATER = NOW.plusSeconds(60);

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("dev.oms.order.domain.OrderStatusTest#everyPair")
    void anAllowedMoveChangesTheStatusRecordsHistoryAndEventsAForbiddenOneChangesNothing(
            OrderStatus from, OrderStatus to) {
        var order = OrderMother.in(from);
        var historyBefore = order.history().size();
        var allowed = OrderStatusTest.ALLOWED.contains(from + "->" + to);

        if (allowed) {
            attempt(order, to);

            assertThat(order.status()).isEqualTo(to);
            assertThat(order.updatedAt()).isEqualTo(LATER);
            var change = order.history().get(order.history().size() - 1);
            assertThat(order.history()).hasSize(historyBefore + 1);
            assertThat(change.from()).isEqualTo(from);
            assertThat(change.to()).isEqualTo(to);
            assertThat(change.at()).isEqualTo(LATER);
            var events = order.takePendingEvents();
            assertThat(events.get(0))
                    .isEqualTo(new OrderEvent.StatusChanged(order.id(), "customer-7", from, to, change.reason()));
            if (to == OrderStatus.CANCELLED) {
                assertThat(events).hasSize(2).last().isEqualTo(new OrderEvent.Cancelled(order.id(), "why: " + to));
            } else {
                assertThat(events).hasSize(1);
            }
        } else {
            var expected = !to.isRequestable() && to != OrderStatus.CONFIRMED && to != OrderStatus.REJECTED
                    ? StatusNotRequestableException.class
                    : IllegalStatusTransitionException.class;
            assertThatThrownBy(() -> attempt(order, to)).isInstanceOf(expected);
            if (expected == IllegalStatusTransitionException.class) {
                assertThatThrownBy(() -> attempt(order, to)).satisfies(e -> {
                    var refused = (IllegalStatusTransitionException) e;
                    assertThat(refused.current()).isEqualTo(from);
                    assertThat(refused.requested()).isEqualTo(to);
                    assertThat(refused).hasMessageContaining(from.name());
                });
            }
            assertThat(order.status()).isEqualTo(from);
            assertThat(order.history()).hasSize(historyBefore);
            assertThat(order.takePendingEvents()).isEmpty();
        }
    }

    @ParameterizedTest(name = "a person asks {0} for CONFIRMED/REJECTED/PENDING")
    @MethodSource("dev.oms.order.domain.OrderStatusTest#everyStatus")
    void noOneButTheStockOutcomeConfirmsOrRejects(OrderStatus from) {
        for (var to : List.of(OrderStatus.CONFIRMED, OrderStatus.REJECTED, OrderStatus.PENDING)) {
            var order = OrderMother.in(from);
            assertThatThrownBy(() -> order.request(to, "please", LATER))
                    .isInstanceOf(StatusNotRequestableException.class)
                    .hasMessageContaining(to.name());
            assertThat(order.status()).isEqualTo(from);
            assertThat(order.takePendingEvents()).isEmpty();
        }
    }

    private static void attempt(Order order, OrderStatus to) {
        switch (to) {
            case CONFIRMED -> order.confirm(OrderMother.cataloguePrices(), LATER);
            case REJECTED -> order.reject("why: " + to, LATER);
            default -> order.request(to, "why: " + to, LATER);
        }
    }
}
