package dev.oms.order.query;

import dev.oms.platform.query.Conditions;
import java.util.Map;

/**
 * The HQL for one page of the order list: newest first (placed time, then id, both descending), keyset paging from
 * the previous page's last order.
 */
record OrderListHql(String hql, Map<String, Object> parameters) {

    static OrderListHql of(OrderSearch search) {
        var conditions = new Conditions()
                .ifPresent("o.customerId = :customerId", search.customerId())
                .ifPresent("o.status = :status", search.status())
                .ifPresent("o.createdAt >= :from", search.from())
                .ifPresent("o.createdAt < :to", search.to());
        if (search.after() != null) {
            conditions.add(
                    "(o.createdAt < :afterAt or (o.createdAt = :afterAt and o.id < :afterId))",
                    Map.of(
                            "afterAt",
                            search.after().createdAt(),
                            "afterId",
                            search.after().id()));
        }
        var hql = "from OrderRecord o" + conditions.where() + " order by o.createdAt desc, o.id desc";
        return new OrderListHql(hql, conditions.parameters());
    }

    /** The orders with these {@code :ids}, with one of their collections ({@code lines}, {@code history}) filled. */
    static String withCollection(String collection) {
        return "from OrderRecord o left join fetch o." + collection + " where o.id in (:ids)";
    }
}
