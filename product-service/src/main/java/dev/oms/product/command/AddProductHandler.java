package dev.oms.product.command;

import dev.oms.product.domain.Money;
import dev.oms.product.domain.Product;
import dev.oms.product.domain.ProductDetails;
import dev.oms.product.messaging.outbox.Outbox;
import dev.oms.product.persistence.ProductRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Adds a product and records {@code ProductCreated}, in one transaction. */
@ApplicationScoped
public class AddProductHandler {

    private final ProductRepository products;
    private final Outbox outbox;
    private final Clock clock;
    private final String defaultCurrency;

    public AddProductHandler(ProductRepository products, Outbox outbox, Clock clock,
            @ConfigProperty(name = "oms.catalog.default-currency", defaultValue = "EUR") String defaultCurrency) {
        this.products = products;
        this.outbox = outbox;
        this.clock = clock;
        this.defaultCurrency = defaultCurrency;
    }

    @WithTransaction
    public Uni<UUID> handle(AddProduct command) {
        var details = new ProductDetails(command.sku(), command.name(), command.description(), command.category());
        var price = new Money(command.price(), command.currency() == null ? defaultCurrency : command.currency());
        return products.skuExists(details.sku())
                .chain(exists -> {
                    if (exists) {
                        return Uni.createFrom().failure(new DuplicateSkuException(details.sku()));
                    }
                    var product = Product.create(details, price, command.stock(), clock.instant());
                    return products.persistAndFlush(product)
                            .chain(() -> outbox.append(product.takePendingEvents(), product.id().toString(),
                                    product.version(), product.id().toString()))
                            .replaceWith(product.id());
                });
    }
}
