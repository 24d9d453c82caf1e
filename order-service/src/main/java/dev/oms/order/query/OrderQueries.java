package dev.oms.order.query;

import dev.oms.platform.query.InList;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Answers questions about orders from the read model. A page takes three queries whatever its size: the orders, then
 * the lines and the status histories of all of them.
 */
@ApplicationScoped
public class OrderQueries {

    @WithSession
    public Uni<Optional<OrderView>> byId(UUID id) {
        return Panache.getSession()
                .chain(session -> session.find(OrderRecord.class, id)
                        .chain(order -> order == null
                                ? Uni.createFrom().item(Optional.<OrderView>empty())
                                : withDetails(session, List.of(order)).map(views -> Optional.of(views.get(0)))));
    }

    /** Newest first (placed time, then id, both descending); keyset paging, so no page costs more than the first. */
    @WithSession
    public Uni<OrderPage> search(OrderSearch search) {
        var list = OrderListHql.of(search);
        return Panache.getSession().chain(session -> {
            var query =
                    session.createSelectionQuery(list.hql(), OrderRecord.class).setMaxResults(search.size() + 1);
            list.parameters().forEach(query::setParameter);
            return query.getResultList().chain(found -> {
                var more = found.size() > search.size();
                var page = more ? found.subList(0, search.size()) : found;
                var last = page.isEmpty() ? null : page.get(page.size() - 1);
                var next = more ? new OrderCursor(last.createdAt, last.id).encode() : null;
                return withDetails(session, page).map(views -> new OrderPage(views, next));
            });
        });
    }

    /** Fills the lines, then the histories, of all the orders: two queries whatever their number. */
    private static Uni<List<OrderView>> withDetails(Mutiny.Session session, List<OrderRecord> orders) {
        if (orders.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        var ids = orders.stream().map(o -> o.id).toList();
        // The session hands back the instances it already holds, now with the collection filled; one session runs one
        // query at a time, so the histories are asked for after the lines have come back.
        return fetch(session, "lines", ids)
                .chain(() -> fetch(session, "history", ids))
                .map(filled -> orders.stream().map(OrderView::of).toList());
    }

    private static Uni<List<OrderRecord>> fetch(Mutiny.Session session, String collection, List<UUID> ids) {
        var query = InList.expand(OrderListHql.withCollection(collection), "ids", ids);
        var filled = session.createSelectionQuery(query.query(), OrderRecord.class);
        query.parameters().forEach(filled::setParameter);
        return filled.getResultList();
    }
}
