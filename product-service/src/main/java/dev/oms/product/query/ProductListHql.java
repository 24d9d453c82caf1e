package dev.oms.product.query;

import dev.oms.platform.query.Conditions;
import java.util.Map;

/**
 * The HQL for one page of the product list. Keyset pagination: a page starts strictly after the previous page's last
 * (key, id), written as {@code key >= :k and (key > :k or id > :id)} (descending: the mirror image) so that both
 * databases can seek into the (key, id) index with the first conjunct; no OFFSET, no COUNT.
 */
record ProductListHql(String hql, Map<String, Object> parameters) {

    /** Prepended to {@link #hql()}: reads each row straight into a view (the details version is its version). */
    static final String VIEW = "select new dev.oms.product.query.ProductView(p.id, p.sku, p.name, p.description,"
            + " p.category, p.price, p.currency, p.availableStock, p.detailsVersion, p.updatedAt) ";

    static ProductListHql of(ProductListQuery query) {
        var conditions = new Conditions()
                .ifPresent("p.category = :category", query.category())
                .ifPresent(
                        "(p.nameKey like :q escape '!' or p.skuKey like :q escape '!')",
                        query.q() == null ? null : likePrefix(query.q()))
                .ifPresent("p.price >= :minPrice", query.minPrice())
                .ifPresent("p.price <= :maxPrice", query.maxPrice());
        if (query.inStock() != null) {
            conditions.add(query.inStock() ? "p.availableStock > 0" : "p.availableStock = 0", Map.of());
        }
        var key = "p." + query.sort().attribute();
        var ascending = query.direction() == ProductSort.Direction.ASC;
        if (query.after() != null) {
            var cursor = query.after();
            conditions.add(
                    ascending
                            ? key + " >= :afterKey and (" + key + " > :afterKey or p.id > :afterId)"
                            : key + " <= :afterKey and (" + key + " < :afterKey or p.id < :afterId)",
                    Map.of("afterKey", query.sort().parseKey(cursor.key()), "afterId", cursor.id()));
        }
        var direction = ascending ? "asc" : "desc";
        var hql = "from ProductRecord p" + conditions.where() + " order by " + key + " " + direction + ", p.id "
                + direction;
        return new ProductListHql(hql, conditions.parameters());
    }

    /** A LIKE pattern matching text that starts with {@code prefix} literally ('!' escapes the wildcards). */
    static String likePrefix(String prefix) {
        return prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_").replace("[", "![") + "%";
    }
}
