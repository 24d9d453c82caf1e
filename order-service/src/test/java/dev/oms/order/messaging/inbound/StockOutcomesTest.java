package dev.oms.order.messaging.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.events.product.StockRejected;
import dev.oms.events.product.StockReserved;
import dev.oms.order.domain.Order;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** product-service's answers become the order's commands. */
class StockOutcomesTest {

    private static final UUID ORDER = UUID.randomUUID();
    private static final UUID KEYBOARD = UUID.randomUUID();
    private static final UUID MOUSE = UUID.randomUUID();

    @Test
    void aReservationConfirmsAtTheCataloguesNamesAndPrices() {
        var reserved = new StockReserved(
                ORDER,
                List.of(
                        new StockReserved.Line(KEYBOARD, "Keyboard", new BigDecimal("49.90"), "EUR", 1),
                        new StockReserved.Line(MOUSE, "Mouse", new BigDecimal("19.90"), "EUR", 2)));

        var command = StockOutcomes.confirm(reserved);

        assertThat(command.orderId()).isEqualTo(ORDER);
        assertThat(command.prices())
                .containsOnly(
                        Map.entry(KEYBOARD, new Order.PricedProduct("Keyboard", new BigDecimal("49.90"), "EUR")),
                        Map.entry(MOUSE, new Order.PricedProduct("Mouse", new BigDecimal("19.90"), "EUR")));
    }

    @Test
    void aRejectionNamesEveryLineThatCouldNotBeReservedAndWhy() {
        var rejected = new StockRejected(
                ORDER,
                List.of(
                        new StockRejected.Line(KEYBOARD, 5, 1, StockRejected.Reason.INSUFFICIENT_STOCK),
                        new StockRejected.Line(MOUSE, 1, 0, StockRejected.Reason.UNKNOWN_PRODUCT)));

        var command = StockOutcomes.reject(rejected);

        assertThat(command.orderId()).isEqualTo(ORDER);
        assertThat(command.reason())
                .isEqualTo(KEYBOARD + ": INSUFFICIENT_STOCK (requested 5, available 1); " + MOUSE
                        + ": UNKNOWN_PRODUCT (requested 1, available 0)");
    }

    @Test
    void aBatchLoadsEveryOrderItsAnswersSettleOnce() {
        var other = UUID.randomUUID();
        var answers = List.<dev.oms.events.EventPayload>of(
                new StockReserved(
                        ORDER, List.of(new StockReserved.Line(KEYBOARD, "Keyboard", BigDecimal.ONE, "EUR", 1))),
                new StockRejected(
                        other, List.of(new StockRejected.Line(MOUSE, 1, 0, StockRejected.Reason.UNKNOWN_PRODUCT))),
                new StockReserved(ORDER, List.of()));

        assertThat(StockOutcomes.ordersAnswered(answers)).containsExactlyInAnyOrder(ORDER, other);
    }
}
