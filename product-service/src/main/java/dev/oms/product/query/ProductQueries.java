package dev.oms.product.query;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
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

    /** One page; reads one row more than asked to learn whether another page follows. */
    @WithSession
    public Uni<ProductPage> list(ProductListQuery query) {
        var hql = ProductListHql.of(query);
        return find(hql.hql(), hql.parameters())
                .page(Page.ofSize(query.size() + 1))
                .list()
                .map(rows -> {
                    if (rows.size() <= query.size()) {
                        return new ProductPage(
                                rows.stream().map(ProductView::of).toList(), null);
                    }
                    var page = rows.subList(0, query.size());
                    var last = page.get(page.size() - 1);
                    var next = new Cursor(
                            query.sort(), query.direction(), query.sort().keyOf(last), last.id);
                    return new ProductPage(page.stream().map(ProductView::of).toList(), next.encode());
                });
    }
}
