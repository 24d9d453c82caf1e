package dev.oms.order.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Stores idempotency keys, finds one by customer and key. */
@ApplicationScoped
public class IdempotencyRecords implements PanacheRepositoryBase<IdempotencyRecord, Long> {

    static final String OF_CUSTOMER_WITH_KEY = "customerId = ?1 and key = ?2";

    public Uni<IdempotencyRecord> find(String customerId, String key) {
        return find(OF_CUSTOMER_WITH_KEY, customerId, key).firstResult();
    }
}
