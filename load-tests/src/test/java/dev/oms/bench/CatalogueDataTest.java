package dev.oms.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seeded catalogue and the list queries make the filters select something, and are the same every run. */
class CatalogueDataTest {

    @Test
    void theCatalogueSpreadsOverCategoriesPricesAndStock() throws Exception {
        Map<String, Integer> perCategory = new HashMap<>();
        Map<String, Integer> outOfStockPerCategory = new HashMap<>();
        var prices = new HashSet<BigDecimal>();
        var json = new ObjectMapper();
        for (int i = 0; i < 10_000; i++) {
            var product = json.readTree(SeedProducts.json(i));
            var category = product.get("category").asText();
            perCategory.merge(category, 1, Integer::sum);
            if (product.get("stock").asInt() == 0) {
                outOfStockPerCategory.merge(category, 1, Integer::sum);
            }
            var price = product.get("price").decimalValue();
            assertThat(price).isBetween(new BigDecimal("1.00"), new BigDecimal("500.99"));
            prices.add(price);
            assertThat(product.get("sku").asText()).matches("BENCH-\\d{5}");
        }
        assertThat(perCategory)
                .hasSize(10)
                .allSatisfy((category, count) -> assertThat(count).isEqualTo(1000));
        assertThat(outOfStockPerCategory)
                .as("every category has products out of stock")
                .hasSize(10)
                .allSatisfy((category, count) -> assertThat(count).isEqualTo(100));
        assertThat(prices).as("distinct prices").hasSize(10_000);
    }

    @Test
    void listQueriesFilterSortAndAreTheSameEveryRun() {
        var queries = ListQueries.generate(200, 7, 20);
        assertThat(queries).hasSize(200).isEqualTo(ListQueries.generate(200, 7, 20));
        assertThat(queries).allSatisfy(query -> {
            assertThat(query).containsAnyOf("category=", "q=", "minPrice=", "inStock=");
            assertThat(query).containsPattern("sort=(name|price|updatedAt)&direction=(asc|desc)&size=20$");
        });
        assertThat(queries).anyMatch(query -> query.contains("q=")).anyMatch(query -> query.contains("maxPrice="));
    }

    @Test
    void aCursorIsSentUrlEncoded() {
        assertThat(ListQueries.withCursor("sort=name", "a+b/c=")).isEqualTo("sort=name&cursor=a%2Bb%2Fc%3D");
    }
}
