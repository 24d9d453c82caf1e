package dev.oms.product.domain;

import java.util.UUID;

/** What happened to a product, in the catalogue's words. The edge turns these into the published contracts. */
public sealed interface ProductEvent {

    UUID productId();

    /** A product was added to the catalogue with this stock. */
    record Added(UUID productId, ProductDetails details, Money price, int stock) implements ProductEvent {}

    /** Its details or price changed, to {@code detailsVersion}; {@code stock} is the stock it has now. */
    record DetailsChanged(UUID productId, ProductDetails details, Money price, int stock, long detailsVersion)
            implements ProductEvent {}

    /**
     * Its available stock changed by {@code delta} to {@code stock}: a restock or write-off ({@code orderId} null), or
     * a reservation or release for an order.
     */
    record StockChanged(UUID productId, int delta, int stock, String reason, UUID orderId) implements ProductEvent {}
}
