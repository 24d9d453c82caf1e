package dev.oms.product.messaging.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.events.product.ProductCreated;
import dev.oms.events.product.ProductStockChanged;
import dev.oms.events.product.ProductUpdated;
import dev.oms.events.product.StockRejected;
import dev.oms.events.product.StockReserved;
import dev.oms.product.domain.Money;
import dev.oms.product.domain.ProductDetails;
import dev.oms.product.domain.ProductEvent;
import dev.oms.product.domain.ReservationEvent;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every domain event has its published form, field for field. */
class ProductContractsTest {

    private static final UUID PRODUCT = UUID.randomUUID();
    private static final UUID ORDER = UUID.randomUUID();
    private static final ProductDetails DETAILS = new ProductDetails("KB-1", "Keyboard", "Brown", "peripherals");
    private static final Money PRICE = new Money(new BigDecimal("49.90"), "EUR");

    @Test
    void aProductAddedIsPublishedAsProductCreated() {
        assertThat(ProductContracts.of(new ProductEvent.Added(PRODUCT, DETAILS, PRICE, 7)))
                .isEqualTo(new ProductCreated(
                        PRODUCT, "KB-1", "Keyboard", "Brown", "peripherals", new BigDecimal("49.9000"), "EUR", 7));
    }

    @Test
    void changedDetailsArePublishedAsProductUpdatedWithTheWholeStateAndTheDetailsVersion() {
        var details = new ProductDetails("KB-2", "Quiet keyboard", null, "keyboards");
        assertThat(ProductContracts.of(
                        new ProductEvent.DetailsChanged(PRODUCT, details, new Money(BigDecimal.TEN, "USD"), 3, 4)))
                .isEqualTo(new ProductUpdated(
                        PRODUCT, "KB-2", "Quiet keyboard", null, "keyboards", new BigDecimal("10.0000"), "USD", 3, 4L));
    }

    @Test
    void aStockChangeKeepsItsReasonAndOrder() {
        assertThat(ProductContracts.of(new ProductEvent.StockChanged(PRODUCT, -2, 5, "reservation", ORDER)))
                .isEqualTo(new ProductStockChanged(PRODUCT, -2, 5, "reservation", ORDER));
        assertThat(ProductContracts.of(new ProductEvent.StockChanged(PRODUCT, 4, 9, "delivery", null)))
                .isEqualTo(new ProductStockChanged(PRODUCT, 4, 9, "delivery", null));
    }

    @Test
    void aReservationIsPublishedAsStockReservedWithNamesAndPrices() {
        var reserved = new ReservationEvent.Reserved(
                ORDER, List.of(new ReservationEvent.ReservedLine(PRODUCT, "Keyboard", PRICE, 2)));

        assertThat(ProductContracts.of(reserved))
                .isEqualTo(new StockReserved(
                        ORDER,
                        List.of(new StockReserved.Line(PRODUCT, "Keyboard", new BigDecimal("49.9000"), "EUR", 2))));
    }

    @Test
    void aRefusalIsPublishedAsStockRejectedWithTheReasonPerLine() {
        var unknown = UUID.randomUUID();
        var refused = new ReservationEvent.Refused(
                ORDER,
                List.of(
                        new ReservationEvent.Shortfall(PRODUCT, 5, 1, ReservationEvent.Why.INSUFFICIENT_STOCK),
                        new ReservationEvent.Shortfall(unknown, 1, 0, ReservationEvent.Why.UNKNOWN_PRODUCT)));

        assertThat(ProductContracts.of(refused))
                .isEqualTo(new StockRejected(
                        ORDER,
                        List.of(
                                new StockRejected.Line(PRODUCT, 5, 1, StockRejected.Reason.INSUFFICIENT_STOCK),
                                new StockRejected.Line(unknown, 1, 0, StockRejected.Reason.UNKNOWN_PRODUCT))));
    }

    @Test
    void aPriceRefusalCarriesTheCataloguePrice() {
        var refused = new ReservationEvent.Refused(
                ORDER,
                List.of(new ReservationEvent.Shortfall(
                        PRODUCT, 2, 9, ReservationEvent.Why.PRICE_CHANGED, new Money(new BigDecimal("12.5"), "EUR"))));

        assertThat(ProductContracts.of(refused))
                .isEqualTo(new StockRejected(
                        ORDER,
                        List.of(new StockRejected.Line(
                                PRODUCT, 2, 9, StockRejected.Reason.PRICE_CHANGED, new BigDecimal("12.5000"), "EUR"))));
    }
}
