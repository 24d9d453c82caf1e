package dev.oms.product.query;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Answers questions about the catalogue from the read model, always from the database (see ProductCache). */
@ApplicationScoped
public class ProductQueries implements PanacheRepositoryBase<ProductRecord, UUID> {

    @WithSession
    public Uni<Optional<ProductSnapshot>> byId(UUID id) {
        return findById(id).map(record -> Optional.ofNullable(record).map(ProductSnapshot::of));
    }

    /**
     * One page; reads one row more than asked to learn whether another page follows. The rows are read straight into
     * views (a projection): no entity is made, and nothing enters the persistence context, for a page that is only
     * written out.
     */
    @WithSession
    public Uni<ProductPage> list(ProductListQuery query) {
        var hql = ProductListHql.of(query);
        return getSession()
                .chain(session -> {
                    var select = session.createSelectionQuery(ProductListHql.VIEW + hql.hql(), ProductView.class);
                    hql.parameters().forEach(select::setParameter);
                    return select.setMaxResults(query.size() + 1).getResultList();
                })
                .map(rows -> {
                    if (rows.size() <= query.size()) {
                        return new ProductPage(rows, null);
                    }
                    var page = rows.subList(0, query.size());
                    var last = page.get(page.size() - 1);
                    var next = new Cursor(
                            query.sort(), query.direction(), query.sort().keyOf(last), last.id());
                    return new ProductPage(page, next.encode());
                });
    }
}
