package dev.oms.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The list queries of the benchmark: each with one to four filters over the seeded catalogue (a category, a name
 * prefix, a price band, in stock only) and one of the three sorts in either direction. Generated
 * from a fixed seed, so every run asks the same questions.
 */
final class ListQueries {

    private static final String[][] PRICE_BANDS = {{"1", "100"}, {"50", "250"}, {"200", "400"}, {"100", "500.99"}};
    private static final String[] SORTS = {"name", "price", "updatedAt"};

    private ListQueries() {}

    /** Query strings without the cursor, e.g. {@code category=toys&sort=price&direction=desc&size=20}. */
    static List<String> generate(int count, long seed, int pageSize) {
        var random = new Random(seed);
        var queries = new ArrayList<String>(count);
        while (queries.size() < count) {
            var query = new StringBuilder();
            boolean category = random.nextInt(3) > 0;
            boolean prefix = random.nextInt(3) == 0;
            boolean priceBand = random.nextBoolean();
            boolean inStock = random.nextBoolean();
            if (!(category || prefix || priceBand || inStock)) {
                continue;
            }
            if (category) {
                append(query, "category", SeedProducts.CATEGORIES.get(random.nextInt(SeedProducts.CATEGORIES.size())));
            }
            if (prefix) {
                var word = SeedProducts.FIRST_WORDS.get(random.nextInt(SeedProducts.FIRST_WORDS.size()));
                append(query, "q", word.substring(0, 2 + random.nextInt(2)).toLowerCase());
            }
            if (priceBand) {
                var band = PRICE_BANDS[random.nextInt(PRICE_BANDS.length)];
                append(query, "minPrice", band[0]);
                append(query, "maxPrice", band[1]);
            }
            if (inStock) {
                append(query, "inStock", "true");
            }
            append(query, "sort", SORTS[random.nextInt(SORTS.length)]);
            append(query, "direction", random.nextBoolean() ? "asc" : "desc");
            append(query, "size", Integer.toString(pageSize));
            queries.add(query.toString());
        }
        return queries;
    }

    static String withCursor(String query, String cursor) {
        return query + "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8);
    }

    private static void append(StringBuilder query, String name, String value) {
        if (!query.isEmpty()) {
            query.append('&');
        }
        query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
