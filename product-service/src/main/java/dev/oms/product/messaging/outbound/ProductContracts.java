package dev.oms.product.messaging.outbound;

import dev.oms.events.EventPayload;
import dev.oms.events.product.ProductCreated;
import dev.oms.events.product.ProductStockChanged;
import dev.oms.events.product.ProductUpdated;
import dev.oms.events.product.StockRejected;
import dev.oms.events.product.StockReserved;
import dev.oms.platform.messaging.outbox.PublishedForms;
import dev.oms.product.domain.ProductEvent;
import dev.oms.product.domain.ReservationEvent;

/**
 * The published form of the domain's events: the one place that knows both. A new version of a contract changes this
 * mapping, not the aggregates.
 */
public final class ProductContracts {

    private static final PublishedForms<ProductEvent> PRODUCT_FORMS = PublishedForms.of(ProductEvent.class)
            .form(
                    ProductEvent.Added.class,
                    added -> new ProductCreated(
                            added.productId(),
                            added.details().sku(),
                            added.details().name(),
                            added.details().description(),
                            added.details().category(),
                            added.price().amount(),
                            added.price().currency(),
                            added.stock()))
            .form(
                    ProductEvent.DetailsChanged.class,
                    changed -> new ProductUpdated(
                            changed.productId(),
                            changed.details().sku(),
                            changed.details().name(),
                            changed.details().description(),
                            changed.details().category(),
                            changed.price().amount(),
                            changed.price().currency(),
                            changed.stock(),
                            changed.detailsVersion()))
            .form(
                    ProductEvent.StockChanged.class,
                    changed -> new ProductStockChanged(
                            changed.productId(), changed.delta(), changed.stock(), changed.reason(), changed.orderId()))
            .build();

    private static final PublishedForms<ReservationEvent> RESERVATION_FORMS = PublishedForms.of(ReservationEvent.class)
            .form(
                    ReservationEvent.Reserved.class,
                    reserved -> new StockReserved(
                            reserved.orderId(),
                            reserved.lines().stream()
                                    .map(line -> new StockReserved.Line(
                                            line.productId(),
                                            line.name(),
                                            line.unitPrice().amount(),
                                            line.unitPrice().currency(),
                                            line.quantity()))
                                    .toList()))
            .form(
                    ReservationEvent.Refused.class,
                    refused -> new StockRejected(
                            refused.orderId(),
                            refused.shortfalls().stream()
                                    .map(line -> new StockRejected.Line(
                                            line.productId(),
                                            line.requested(),
                                            line.available(),
                                            StockRejected.Reason.valueOf(
                                                    line.why().name()),
                                            line.cataloguePrice() == null
                                                    ? null
                                                    : line.cataloguePrice().amount(),
                                            line.cataloguePrice() == null
                                                    ? null
                                                    : line.cataloguePrice().currency()))
                                    .toList()))
            .build();

    private ProductContracts() {}

    public static EventPayload of(ProductEvent event) {
        return PRODUCT_FORMS.of(event);
    }

    public static EventPayload of(ReservationEvent event) {
        return RESERVATION_FORMS.of(event);
    }
}
