package dev.oms.product.query;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Answers questions about the catalogue from the read model. */
@ApplicationScoped
public class ProductQueries implements PanacheRepositoryBase<ProductRecord, UUID> {

    @WithSession
    public Uni<Optional<ProductView>> byId(UUID id) {
        return findById(id).map(record -> Optional.ofNullable(record).map(ProductView::of));
    }
}
