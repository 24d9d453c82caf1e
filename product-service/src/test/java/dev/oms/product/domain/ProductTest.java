package dev.oms.product.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.events.product.ProductCreated;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProductTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void creatingAProductRecordsProductCreatedWithItsState() {
        var product = Product.create(new ProductDetails(" KB-1 ", "Keyboard", " ", "peripherals"),
                new Money(new BigDecimal("49.9"), "EUR"), 10, NOW);

        assertThat(product.sku()).isEqualTo("KB-1");
        assertThat(product.description()).isNull();
        assertThat(product.price().amount()).isEqualByComparingTo("49.9000");
        assertThat(product.createdAt()).isEqualTo(NOW);

        var events = product.takePendingEvents();
        assertThat(events).singleElement().isEqualTo(new ProductCreated(product.id(), "KB-1", "Keyboard", null,
                "peripherals", new BigDecimal("49.9000"), "EUR", 10));
        assertThat(product.takePendingEvents()).as("events are taken once").isEmpty();
    }

    @Test
    void initialStockMustNotBeNegative() {
        assertThatThrownBy(() -> Product.create(new ProductDetails("A", "B", null, "C"),
                new Money(BigDecimal.ONE, "EUR"), -1, NOW)).isInstanceOf(IllegalArgumentException.class);
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
}
