package dev.oms.order.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Stores idempotency keys, finds one by customer and key, and forgets those past their retention. */
@ApplicationScoped
public class IdempotencyRecords implements PanacheRepositoryBase<IdempotencyRecord, Long> {

    public Uni<IdempotencyRecord> find(String customerId, String key) {
        return find("customerId = ?1 and key = ?2", customerId, key).firstResult();
    }

    public Uni<Long> deleteCreatedBefore(Instant cutoff) {
        return delete("createdAt < ?1", cutoff);
    }
}
