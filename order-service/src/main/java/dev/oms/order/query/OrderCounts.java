package dev.oms.order.query;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;

/** How many orders the read model holds in each status: one GROUP BY over the orders' head rows. */
@ApplicationScoped
public class OrderCounts {

    static final String BY_STATUS = "select o.status, count(o) from OrderRecord o group by o.status";

    @WithSession
    public Uni<Map<String, Long>> byStatus() {
        return Panache.getSession()
                .chain(session ->
                        session.createSelectionQuery(BY_STATUS, Object[].class).getResultList())
                .map(rows -> {
                    var counts = new HashMap<String, Long>();
                    rows.forEach(row -> counts.put((String) row[0], (Long) row[1]));
                    return counts;
                });
    }
}
