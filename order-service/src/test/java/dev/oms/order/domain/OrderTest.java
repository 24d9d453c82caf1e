package dev.oms.order.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final UUID KEYBOARD = UUID.randomUUID();
    private static final UUID MOUSE = UUID.randomUUID();

    private static Order pendingOrder() {
        return Order.place("customer-7", List.of(new OrderLine(KEYBOARD, 2), new OrderLine(MOUSE, 1)), NOW);
    }

    @Test
    void aPlacedOrderIsPendingAndRecordsThatItWasPlaced() {
        var order = pendingOrder();

        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(order.total()).as("not priced yet").isNull();
        assertThat(order.takePendingEvents())
                .singleElement()
                .isEqualTo(new OrderEvent.Placed(
                        order.id(),
                        "customer-7",
                        List.of(new OrderEvent.Quantity(KEYBOARD, 2), new OrderEvent.Quantity(MOUSE, 1))));
    }

    @Test
    void anOrderNeedsOneToFiftyDistinctLinesAndACustomer() {
        assertThatThrownBy(() -> Order.place("c", List.of(), NOW)).hasMessageContaining("1 to 50");
        var tooMany = Collections.nCopies(51, new OrderLine(KEYBOARD, 1));
        assertThatThrownBy(() -> Order.place("c", tooMany, NOW)).hasMessageContaining("1 to 50");
        assertThatThrownBy(() -> Order.place("c", List.of(new OrderLine(KEYBOARD, 1), new OrderLine(KEYBOARD, 2)), NOW))
                .hasMessageContaining("two lines");
        assertThatThrownBy(() -> Order.place(" ", List.of(new OrderLine(KEYBOARD, 1)), NOW))
                .hasMessageContaining("customerId");
        assertThatThrownBy(() -> new OrderLine(KEYBOARD, 0)).hasMessageContaining("quantity");
    }

    @Test
    void confirmingTakesTheCataloguePricesAndRecordsTheStatusChange() {
        var order = pendingOrder();
        order.takePendingEvents();

        order.confirm(
                Map.of(
                        KEYBOARD, new Order.PricedProduct("Keyboard", new BigDecimal("50.00"), "EUR"),
                        MOUSE, new Order.PricedProduct("Mouse", new BigDecimal("19.99"), "EUR")),
                NOW.plusSeconds(1));

        assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(order.total()).isEqualByComparingTo("119.99");
        assertThat(order.updatedAt()).isEqualTo(NOW.plusSeconds(1));
        assertThat(order.takePendingEvents())
                .singleElement()
                .isEqualTo(new OrderEvent.StatusChanged(
                        order.id(), "customer-7", OrderStatus.PENDING, OrderStatus.CONFIRMED, "stock reserved"));
    }

    @Test
    void onlyAPendingOrderCanBeConfirmedOrRejected() {
        var order = pendingOrder();
        order.reject("out of stock", NOW);

        assertThat(order.status()).isEqualTo(OrderStatus.REJECTED);
        assertThatThrownBy(() -> order.confirm(Map.of(), NOW))
                .isInstanceOf(IllegalStatusTransitionException.class)
                .hasMessageContaining("REJECTED");
        assertThatThrownBy(() -> order.reject("again", NOW)).isInstanceOf(IllegalStatusTransitionException.class);
    }

    @Test
    void aRejectionReasonLongerThanTheHistoryKeepsIsShortened() {
        var order = pendingOrder();

        order.reject("x".repeat(5_000), NOW);

        assertThat(order.history()).singleElement().satisfies(change -> {
            assertThat(change.reason()).hasSize(StatusChange.MAX_REASON).endsWith("\u2026");
            assertThat(change.from()).isEqualTo(OrderStatus.PENDING);
            assertThat(change.to()).isEqualTo(OrderStatus.REJECTED);
        });
    }

    @Test
    void anOrderIsPaidInOneCurrencySoItsSeenPricesAreInOne() {
        var euro = new OrderLine(KEYBOARD, 1, new BigDecimal("10"), "EUR");
        var dollar = new OrderLine(MOUSE, 1, new BigDecimal("10"), "USD");

        assertThatThrownBy(() -> Order.place("c", List.of(euro, dollar), NOW))
                .isInstanceOfSatisfying(
                        MixedCurrenciesException.class,
                        e -> assertThat(e.currencies()).containsExactlyInAnyOrder("EUR", "USD"));
        assertThatThrownBy(() -> new OrderLine(KEYBOARD, 1, new BigDecimal("10"), null))
                .hasMessageContaining("amount and a currency");
        var placed = Order.place("c", List.of(euro, new OrderLine(MOUSE, 1)), NOW);
        assertThat(placed.takePendingEvents())
                .singleElement()
                .isInstanceOfSatisfying(
                        OrderEvent.Placed.class,
                        event -> assertThat(event.lines())
                                .containsExactly(
                                        new OrderEvent.Quantity(KEYBOARD, 1, new BigDecimal("10"), "EUR"),
                                        new OrderEvent.Quantity(MOUSE, 1)));
    }

    @Test
    void amountsInTwoCurrenciesAreNeverAddedUp() {
        var order = pendingOrder();

        order.confirm(
                Map.of(
                        KEYBOARD, new Order.PricedProduct("Keyboard", new BigDecimal("10"), "EUR"),
                        MOUSE, new Order.PricedProduct("Mouse", new BigDecimal("10"), "USD")),
                NOW);

        assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(order.total()).isNull();
    }
}
