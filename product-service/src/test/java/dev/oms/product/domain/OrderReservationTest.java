package dev.oms.product.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderReservationTest {

    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
    private static final UUID ORDER = UUID.randomUUID();

    private static Product product(String sku, String price, int stock) {
        return ProductMother.keyboard()
                .withSku(sku)
                .named("Name of " + sku)
                .pricedAt(price, "EUR")
                .withStock(stock)
                .at(NOW)
                .build();
    }

    private static Product product(String sku, String price, String currency) {
        return ProductMother.keyboard()
                .withSku(sku)
                .pricedAt(price, currency)
                .withStock(10)
                .at(NOW)
                .build();
    }

    private static Money eur(String amount) {
        return new Money(new BigDecimal(amount), "EUR");
    }

    private static Map<UUID, Product> byId(Product... products) {
        return OrderReservationMother.byId(products);
    }

    @Test
    void anOrderThatFitsIsReservedLineByLineAtCataloguePrices() {
        var cup = product("CUP", "7.25", 10);
        var pot = product("POT", "30", 1);

        var reservation = OrderReservation.place(ORDER, Map.of(cup.id(), 3, pot.id(), 1), byId(cup, pot), NOW);

        assertThat(reservation.status()).isEqualTo(ReservationStatus.RESERVED);
        assertThat(cup.stock()).isEqualTo(7);
        assertThat(pot.stock()).isZero();
        assertThat(reservation.productIds()).containsExactlyInAnyOrder(cup.id(), pot.id());
        assertThat(reservation.takePendingEvents())
                .singleElement()
                .isInstanceOfSatisfying(
                        ReservationEvent.Reserved.class,
                        reserved -> assertThat(reserved.lines())
                                .containsExactlyInAnyOrder(
                                        new ReservationEvent.ReservedLine(
                                                cup.id(), "Name of CUP", new Money(new BigDecimal("7.25"), "EUR"), 3),
                                        new ReservationEvent.ReservedLine(
                                                pot.id(), "Name of POT", new Money(new BigDecimal("30"), "EUR"), 1)));
        assertThat(cup.takePendingEvents())
                .containsExactly(new ProductEvent.StockChanged(cup.id(), -3, 7, Product.RESERVATION, ORDER));
    }

    @Test
    void anOrderThatDoesNotFitTakesNothingAndSaysWhyPerLine() {
        var cup = product("CUP", "7.25", 10);
        var pot = product("POT", "30", 1);
        var unknown = UUID.randomUUID();
        var quantities = new LinkedHashMap<UUID, Integer>();
        quantities.put(cup.id(), 3);
        quantities.put(pot.id(), 2);
        quantities.put(unknown, 1);

        var reservation = OrderReservation.place(ORDER, quantities, byId(cup, pot), NOW);

        assertThat(reservation.status()).isEqualTo(ReservationStatus.REJECTED);
        assertThat(cup.stock()).as("all or nothing").isEqualTo(10);
        assertThat(cup.takePendingEvents()).isEmpty();
        assertThat(reservation.takePendingEvents())
                .containsExactly(new ReservationEvent.Refused(
                        ORDER,
                        List.of(
                                new ReservationEvent.Shortfall(
                                        pot.id(), 2, 1, ReservationEvent.Why.INSUFFICIENT_STOCK, eur("30")),
                                new ReservationEvent.Shortfall(unknown, 1, 0, ReservationEvent.Why.UNKNOWN_PRODUCT))));
    }

    @Test
    void aLineIsChargedTheCataloguePriceWhenItIsNoHigherThanTheCustomerSaw() {
        var cup = product("CUP", "7.00", "EUR");
        var pot = product("POT", "30", "EUR");

        var reservation = OrderReservation.place(
                ORDER,
                Map.of(cup.id(), 1, pot.id(), 1),
                Map.of(cup.id(), eur("7.25"), pot.id(), eur("30")),
                byId(cup, pot),
                NOW);

        assertThat(reservation.status()).isEqualTo(ReservationStatus.RESERVED);
        assertThat(reservation.takePendingEvents())
                .singleElement()
                .isInstanceOfSatisfying(
                        ReservationEvent.Reserved.class,
                        reserved -> assertThat(reserved.lines())
                                .extracting(ReservationEvent.ReservedLine::unitPrice)
                                .containsExactlyInAnyOrder(eur("7.00"), eur("30")));
    }

    @Test
    void aPriceRaisedOrInAnotherCurrencySinceTheCustomerSawItRefusesTheOrder() {
        var cup = product("CUP", "7.26", "EUR");
        var pot = product("POT", "30", "EUR");
        var quantities = new LinkedHashMap<UUID, Integer>();
        quantities.put(cup.id(), 1);
        quantities.put(pot.id(), 2);

        var reservation = OrderReservation.place(
                ORDER,
                quantities,
                Map.of(cup.id(), eur("7.25"), pot.id(), new Money(new BigDecimal("30"), "USD")),
                byId(cup, pot),
                NOW);

        assertThat(reservation.status()).isEqualTo(ReservationStatus.REJECTED);
        assertThat(cup.stock()).isEqualTo(10);
        assertThat(reservation.takePendingEvents())
                .containsExactly(new ReservationEvent.Refused(
                        ORDER,
                        List.of(
                                new ReservationEvent.Shortfall(
                                        cup.id(), 1, 10, ReservationEvent.Why.PRICE_CHANGED, eur("7.26")),
                                new ReservationEvent.Shortfall(
                                        pot.id(), 2, 10, ReservationEvent.Why.PRICE_CHANGED, eur("30")))));
    }

    @Test
    void productsPricedInTwoCurrenciesAreNeverReservedForOneOrder() {
        var cup = product("CUP", "10", "EUR");
        var pot = product("POT", "10", "USD");
        var quantities = new LinkedHashMap<UUID, Integer>();
        quantities.put(cup.id(), 1);
        quantities.put(pot.id(), 1);

        var reservation = OrderReservation.place(ORDER, quantities, byId(cup, pot), NOW);

        assertThat(reservation.status()).isEqualTo(ReservationStatus.REJECTED);
        assertThat(pot.stock()).isEqualTo(10);
        assertThat(reservation.takePendingEvents())
                .containsExactly(new ReservationEvent.Refused(
                        ORDER,
                        List.of(
                                new ReservationEvent.Shortfall(
                                        cup.id(), 1, 10, ReservationEvent.Why.MIXED_CURRENCIES, eur("10")),
                                new ReservationEvent.Shortfall(
                                        pot.id(),
                                        1,
                                        10,
                                        ReservationEvent.Why.MIXED_CURRENCIES,
                                        new Money(new BigDecimal("10"), "USD")))));
    }

    @Test
    void aReleaseGivesBackExactlyWhatWasReservedOnce() {
        var cup = product("CUP", "7.25", 10);
        var reservation = OrderReservationMother.reserved(ORDER, Map.of(cup, 4));

        assertThat(reservation.release(byId(cup), NOW)).isTrue();
        assertThat(cup.stock()).isEqualTo(10);
        assertThat(reservation.status()).isEqualTo(ReservationStatus.RELEASED);

        assertThat(reservation.release(byId(cup), NOW))
                .as("a second cancellation")
                .isFalse();
        assertThat(cup.stock()).isEqualTo(10);
    }

    @Test
    void aRejectedOrAnEarlyCancelledOrderHasNothingToRelease() {
        var cup = product("CUP", "7.25", 0);
        var rejected = OrderReservation.place(ORDER, Map.of(cup.id(), 1), byId(cup), NOW);
        assertThat(rejected.release(byId(cup), NOW)).isFalse();

        var early = OrderReservationMother.cancelledBeforePlaced();
        assertThat(early.status()).isEqualTo(ReservationStatus.CANCELLED_BEFORE_PLACED);
        assertThat(early.release(Map.of(), NOW)).isFalse();
        assertThat(early.takePendingEvents()).isEmpty();
    }

    @Test
    void anOrderReservesAtLeastOneProduct() {
        assertThatThrownBy(() -> OrderReservation.place(ORDER, Map.of(), Map.of(), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
