package dev.oms.order.persistence;

import dev.oms.order.domain.Order;
import dev.oms.order.domain.OrderStatus;
import dev.oms.platform.query.InList;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Loads and stores the {@link Order} aggregate for the command side. */
@ApplicationScoped
public class OrderRepository implements PanacheRepositoryBase<Order, UUID> {

    static final String WITH_IDS = "id in (:ids)";

    static final String OVERDUE_PENDING =
            "select o.id from Order o where o.status = :status and o.createdAt < :cutoff order by o.createdAt";

    /** Reads these orders, with their lines and history, into the current session (Hibernate's first-level cache). */
    public Uni<Void> loadAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        var query = InList.expand(WITH_IDS, "ids", ids);
        return list(query.query(), query.parameters()).replaceWithVoid();
    }

    /** The oldest orders still PENDING that were placed before the cutoff. */
    public Uni<List<UUID>> overduePendingIds(Instant placedBefore, int limit) {
        return getSession()
                .chain(session -> session.createSelectionQuery(OVERDUE_PENDING, UUID.class)
                        .setParameter("status", OrderStatus.PENDING)
                        .setParameter("cutoff", placedBefore)
                        .setMaxResults(limit)
                        .getResultList());
    }
}
