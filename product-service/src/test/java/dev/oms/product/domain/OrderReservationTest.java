package dev.oms.product.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.events.product.ProductStockChanged;
import dev.oms.events.product.StockRejected;
import dev.oms.events.product.StockReserved;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderReservationTest {

    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
    private static final UUID ORDER = UUID.randomUUID();

    private static Product product(String sku, String price, int stock) {
        var product = Product.create(
                new ProductDetails(sku, "Name of " + sku, null, "kitchen"),
                new Money(new BigDecimal(price), "EUR"),
                stock,
                NOW);
        product.takePendingEvents();
        return product;
    }

    private static Map<UUID, Product> byId(Product... products) {
        var map = new LinkedHashMap<UUID, Product>();
        for (var product : products) {
            map.put(product.id(), product);
        }
        return map;
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
                        StockReserved.class,
                        reserved -> assertThat(reserved.lines())
                                .containsExactlyInAnyOrder(
                                        new StockReserved.Line(
                                                cup.id(), "Name of CUP", new BigDecimal("7.2500"), "EUR", 3),
                                        new StockReserved.Line(
                                                pot.id(), "Name of POT", new BigDecimal("30.0000"), "EUR", 1)));
        assertThat(cup.takePendingEvents()).singleElement().isInstanceOf(ProductStockChanged.class);
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
                .containsExactly(new StockRejected(
                        ORDER,
                        java.util.List.of(
                                new StockRejected.Line(pot.id(), 2, 1, StockRejected.Reason.INSUFFICIENT_STOCK),
                                new StockRejected.Line(unknown, 1, 0, StockRejected.Reason.UNKNOWN_PRODUCT))));
    }

    @Test
    void aReleaseGivesBackExactlyWhatWasReservedOnce() {
        var cup = product("CUP", "7.25", 10);
        var reservation = OrderReservation.place(ORDER, Map.of(cup.id(), 4), byId(cup), NOW);
        cup.takePendingEvents();

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

        var early = OrderReservation.cancelledBeforePlaced(UUID.randomUUID(), NOW);
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
