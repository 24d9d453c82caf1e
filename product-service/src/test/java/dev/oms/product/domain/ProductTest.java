package dev.oms.product.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProductTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void creatingAProductRecordsThatItWasAddedWithItsState() {
        var product = Product.create(
                new ProductDetails(" KB-1 ", "Keyboard", " ", "peripherals"),
                new Money(new BigDecimal("49.9"), "EUR"),
                10,
                NOW);

        assertThat(product.sku()).isEqualTo("KB-1");
        assertThat(product.description()).isNull();
        assertThat(product.price().amount()).isEqualByComparingTo("49.9000");
        assertThat(product.createdAt()).isEqualTo(NOW);

        var events = product.takePendingEvents();
        assertThat(events)
                .singleElement()
                .isEqualTo(new ProductEvent.Added(
                        product.id(),
                        new ProductDetails("KB-1", "Keyboard", null, "peripherals"),
                        new Money(new BigDecimal("49.9"), "EUR"),
                        10));
        assertThat(product.takePendingEvents()).as("events are taken once").isEmpty();
    }

    @Test
    void initialStockMustNotBeNegative() {
        assertThatThrownBy(() -> Product.create(
                        new ProductDetails("A", "B", null, "C"), new Money(BigDecimal.ONE, "EUR"), -1, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSkuIsUniqueUnderItsLowerCaseFormAndKeptAsWritten() {
        var details = new ProductDetails(" MuG-1 ", "Mug", null, "kitchen");

        assertThat(details.sku()).isEqualTo("MuG-1");
        assertThat(ProductDetails.skuKey(details.sku())).isEqualTo("mug-1");
        assertThat(ProductDetails.skuKey("MUG-1")).isEqualTo(ProductDetails.skuKey("mug-1"));
    }

    @Test
    void detailsNeedSkuNameAndCategory() {
        assertThatThrownBy(() -> new ProductDetails(" ", "n", null, "c")).hasMessageContaining("sku");
        assertThatThrownBy(() -> new ProductDetails("s", null, null, "c")).hasMessageContaining("name");
        assertThatThrownBy(() -> new ProductDetails("s", "n", null, "")).hasMessageContaining("category");
    }

    @Test
    void moneyIsNeverNegativeAndHasAnIsoCurrency() {
        assertThatThrownBy(() -> new Money(new BigDecimal("-0.01"), "EUR")).hasMessageContaining("negative");
        assertThatThrownBy(() -> new Money(BigDecimal.ONE, "euro")).hasMessageContaining("ISO 4217");
        assertThatThrownBy(() -> new Money(new BigDecimal("1.00001"), "EUR")).isInstanceOf(ArithmeticException.class);
    }

    private static final Instant LATER = NOW.plusSeconds(60);

    private static Product keyboard(int stock) {
        return ProductMother.keyboard().withStock(stock).at(NOW).build();
    }

    @Test
    void updatingDetailsAtTheCurrentVersionRecordsTheWholeNewDetails() {
        var product = keyboard(4);

        product.updateDetails(
                new ProductDetails("KB-2", "Quiet keyboard", null, "keyboards"),
                new Money(new BigDecimal("59"), "USD"),
                0,
                LATER);

        assertThat(product.name()).isEqualTo("Quiet keyboard");
        assertThat(product.updatedAt()).isEqualTo(LATER);
        assertThat(product.stock()).as("stock is not a detail").isEqualTo(4);
        assertThat(product.takePendingEvents())
                .containsExactly(new ProductEvent.DetailsChanged(
                        product.id(),
                        new ProductDetails("KB-2", "Quiet keyboard", null, "keyboards"),
                        new Money(new BigDecimal("59"), "USD"),
                        4,
                        1));
        assertThat(product.detailsVersion()).isEqualTo(1);
    }

    @Test
    void stockMovementsLeaveTheDetailsVersionSoAnEditThatNamesItStillApplies() {
        var product = keyboard(4);
        var read = product.detailsVersion();

        product.adjustStock(6, "delivery", LATER);
        product.reserve(3, UUID.randomUUID(), LATER);
        product.release(1, UUID.randomUUID(), LATER);
        product.takePendingEvents();
        assertThat(product.detailsVersion()).isEqualTo(read);

        product.updateDetails(
                new ProductDetails("KB-1", "Keyboard, restocked", "Brown", "peripherals"),
                new Money(new BigDecimal("49.9"), "EUR"),
                read,
                LATER);

        assertThat(product.name()).isEqualTo("Keyboard, restocked");
        assertThat(product.stock()).isEqualTo(8);
        assertThat(product.detailsVersion()).isEqualTo(read + 1);
        assertThat(product.takePendingEvents())
                .singleElement()
                .isInstanceOfSatisfying(
                        ProductEvent.DetailsChanged.class,
                        changed -> assertThat(changed.detailsVersion()).isEqualTo(read + 1));
    }

    @Test
    void anEditAfterAnotherEditIsStaleAndNamesTheDetailsVersionFound() {
        var product = ProductMother.mouse().build();
        product.updateDetails(
                new ProductDetails("MS-1", "Mouse", "Wireless", "peripherals"),
                new Money(new BigDecimal("19.90"), "EUR"),
                0,
                LATER);
        product.adjustStock(-1, "damaged", LATER);
        product.takePendingEvents();

        assertThatThrownBy(() -> product.updateDetails(
                        new ProductDetails("MS-1", "Mouse", "Wired", "peripherals"),
                        new Money(new BigDecimal("19.90"), "EUR"),
                        0,
                        LATER))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                    assertThat(e.expectedVersion()).isZero();
                    assertThat(e.currentVersion()).isEqualTo(1);
                    assertThat(e.getMessage()).contains("version 1");
                });
        assertThat(product.description()).isEqualTo("Wireless");
        assertThat(product.takePendingEvents()).isEmpty();
    }

    @Test
    void updatingDetailsAgainstAStaleVersionIsRefusedAndChangesNothing() {
        var product = keyboard(4);

        assertThatThrownBy(() -> product.updateDetails(
                        new ProductDetails("KB-1", "Other", null, "peripherals"),
                        new Money(BigDecimal.TEN, "EUR"),
                        3,
                        LATER))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                    assertThat(e.expectedVersion()).isEqualTo(3);
                    assertThat(e.currentVersion()).isZero();
                });
        assertThat(product.name()).isEqualTo("Keyboard");
        assertThat(product.updatedAt()).isEqualTo(NOW);
        assertThat(product.takePendingEvents()).isEmpty();
    }

    @Test
    void anUpdateThatChangesNothingRecordsNothing() {
        var product = keyboard(4);

        product.updateDetails(
                new ProductDetails("KB-1", " Keyboard ", "Brown", "peripherals"),
                new Money(new BigDecimal("49.9"), "EUR"),
                0,
                LATER);

        assertThat(product.updatedAt()).isEqualTo(NOW);
        assertThat(product.detailsVersion())
                .as("nothing changed, nothing to count")
                .isZero();
        assertThat(product.takePendingEvents()).isEmpty();
    }

    @Test
    void restockingAndWritingOffRecordTheStockChange() {
        var product = keyboard(4);

        product.adjustStock(6, "delivery", LATER);
        product.adjustStock(-10, "flood", LATER);

        assertThat(product.stock()).isZero();
        assertThat(product.takePendingEvents())
                .containsExactly(
                        new ProductEvent.StockChanged(product.id(), 6, 10, "delivery", null),
                        new ProductEvent.StockChanged(product.id(), -10, 0, "flood", null));
    }

    @Test
    void stockNeverGoesBelowZero() {
        var product = keyboard(4);

        assertThatThrownBy(() -> product.adjustStock(-5, "theft", LATER))
                .isInstanceOfSatisfying(
                        InsufficientStockException.class,
                        e -> assertThat(e.available()).isEqualTo(4));
        assertThat(product.stock()).isEqualTo(4);
        assertThat(product.takePendingEvents()).isEmpty();
    }

    @Test
    void anAdjustmentOfNothingIsNotAnAdjustment() {
        assertThatThrownBy(() -> keyboard(4).adjustStock(0, "nothing", LATER))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReservationTakesTheStockAndRecordsWhatRemainsAndTheOrder() {
        var product = keyboard(4);
        product.takePendingEvents();
        var orderId = UUID.randomUUID();

        product.reserve(3, orderId, LATER);

        assertThat(product.stock()).isEqualTo(1);
        assertThat(product.updatedAt()).isEqualTo(LATER);
        assertThat(product.takePendingEvents())
                .containsExactly(new ProductEvent.StockChanged(product.id(), -3, 1, Product.RESERVATION, orderId));
    }

    @Test
    void aReservationBeyondTheStockIsRefusedAndChangesNothing() {
        var product = keyboard(2);
        product.takePendingEvents();

        assertThatThrownBy(() -> product.reserve(3, UUID.randomUUID(), LATER))
                .isInstanceOf(InsufficientStockException.class);
        assertThat(product.stock()).isEqualTo(2);
        assertThat(product.takePendingEvents()).isEmpty();
        assertThatThrownBy(() -> product.reserve(0, UUID.randomUUID(), LATER))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReleaseGivesTheStockBack() {
        var product = keyboard(2);
        product.takePendingEvents();
        var orderId = UUID.randomUUID();

        product.release(3, orderId, LATER);

        assertThat(product.stock()).isEqualTo(5);
        assertThat(product.takePendingEvents())
                .containsExactly(new ProductEvent.StockChanged(product.id(), 3, 5, Product.RELEASE, orderId));
    }
}
