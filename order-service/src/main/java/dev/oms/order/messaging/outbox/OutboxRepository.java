package dev.oms.order.messaging.outbox;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Stores outbox rows and finds the oldest unpublished ones. */
@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEvent, Long> {

    public Uni<List<OutboxEvent>> oldestPending(int limit) {
        return find("publishedAt is null order by id").page(0, limit).list();
    }
}
