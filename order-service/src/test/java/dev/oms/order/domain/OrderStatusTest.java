package dev.oms.order.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The transition table, pair by pair: the six allowed moves and the thirty forbidden ones. */
class OrderStatusTest {

    /** Written out independently of the implementation, as the issue states it. */
    static final Set<String> ALLOWED = Set.of(
            "PENDING->CONFIRMED",
            "PENDING->REJECTED",
            "PENDING->CANCELLED",
            "CONFIRMED->SHIPPED",
            "CONFIRMED->CANCELLED",
            "SHIPPED->DELIVERED");

    static Stream<Arguments> everyPair() {
        return Arrays.stream(OrderStatus.values())
                .flatMap(from -> Arrays.stream(OrderStatus.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void theTableAllowsExactlyTheMovesOfTheIssue(OrderStatus from, OrderStatus to) {
        assertThat(from.canBecome(to)).isEqualTo(ALLOWED.contains(from + "->" + to));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyStatus")
    void onlyShippedDeliveredAndCancelledCanBeRequested(OrderStatus status) {
        assertThat(status.isRequestable())
                .isEqualTo(Set.of(OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.CANCELLED)
                        .contains(status));
    }

    static Stream<OrderStatus> everyStatus() {
        return Arrays.stream(OrderStatus.values());
    }
}
