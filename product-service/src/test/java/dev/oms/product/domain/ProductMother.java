package dev.oms.product.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** Products for tests: a valid one by default, changed only where a test cares, its creation event already taken. */
public final class ProductMother {

    private ProductDetails details = new ProductDetails("KB-1", "Keyboard", "Brown", "peripherals");
    private Money price = new Money(new BigDecimal("49.90"), "EUR");
    private int stock = 10;
    private Instant at = Instant.parse("2026-03-01T09:00:00Z");

    private ProductMother() {}

    public static ProductMother keyboard() {
        return new ProductMother();
    }

    public static ProductMother mouse() {
        var mother = new ProductMother();
        mother.details = new ProductDetails("MS-1", "Mouse", null, "peripherals");
        mother.price = new Money(new BigDecimal("19.90"), "EUR");
        return mother;
    }

    public ProductMother withSku(String sku) {
        details = new ProductDetails(sku, details.name(), details.description(), details.category());
        return this;
    }

    public ProductMother named(String name) {
        details = new ProductDetails(details.sku(), name, details.description(), details.category());
        return this;
    }

    public ProductMother withStock(int stock) {
        this.stock = stock;
        return this;
    }

    public ProductMother pricedAt(String amount, String currency) {
        price = new Money(new BigDecimal(amount), currency);
        return this;
    }

    public ProductMother at(Instant at) {
        this.at = at;
        return this;
    }

    public Product build() {
        var product = Product.create(details, price, stock, at);
        product.takePendingEvents();
        return product;
    }
}
