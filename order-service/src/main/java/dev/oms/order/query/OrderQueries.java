package dev.oms.order.query;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Answers questions about orders from the read model. */
@ApplicationScoped
public class OrderQueries implements PanacheRepositoryBase<OrderRecord, UUID> {

    @WithSession
    public Uni<Optional<OrderView>> byId(UUID id) {
        return findById(id).map(record -> Optional.ofNullable(record).map(OrderView::of));
    }
}
