package dev.oms.product.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The HQL for one page of the product list. Keyset pagination: a page starts strictly after the previous page's last
 * (key, id), written as {@code key >= :k and (key > :k or id > :id)} (descending: the mirror image) so that both
 * databases can seek into the (key, id) index with the first conjunct; no OFFSET, no COUNT.
 */
record ProductListHql(String hql, Map<String, Object> parameters) {

    static ProductListHql of(ProductListQuery query) {
        var where = new ArrayList<String>();
        var parameters = new LinkedHashMap<String, Object>();
        if (query.category() != null) {
            where.add("p.category = :category");
            parameters.put("category", query.category());
        }
        if (query.q() != null) {
            where.add("(p.nameKey like :q escape '!' or p.skuKey like :q escape '!')");
            parameters.put("q", likePrefix(query.q()));
        }
        if (query.minPrice() != null) {
            where.add("p.price >= :minPrice");
            parameters.put("minPrice", query.minPrice());
        }
        if (query.maxPrice() != null) {
            where.add("p.price <= :maxPrice");
            parameters.put("maxPrice", query.maxPrice());
        }
        if (query.inStock() != null) {
            where.add(query.inStock() ? "p.availableStock > 0" : "p.availableStock = 0");
        }
        var key = "p." + query.sort().attribute();
        var ascending = query.direction() == ProductSort.Direction.ASC;
        if (query.after() != null) {
            var cursor = query.after();
            where.add(
                    ascending
                            ? key + " >= :afterKey and (" + key + " > :afterKey or p.id > :afterId)"
                            : key + " <= :afterKey and (" + key + " < :afterKey or p.id < :afterId)");
            parameters.put("afterKey", query.sort().parseKey(cursor.key()));
            parameters.put("afterId", cursor.id());
        }
        var direction = ascending ? "asc" : "desc";
        var hql = "from ProductRecord p"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by " + key + " " + direction + ", p.id " + direction;
        return new ProductListHql(hql, parameters);
    }

    /** A LIKE pattern matching text that starts with {@code prefix} literally ('!' escapes the wildcards). */
    static String likePrefix(String prefix) {
        return prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_").replace("[", "![") + "%";
    }
}
