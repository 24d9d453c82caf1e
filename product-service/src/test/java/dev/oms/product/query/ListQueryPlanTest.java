package dev.oms.product.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.platform.testing.PostgreSQLOnly;
import dev.oms.platform.testing.StatementLog;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The list queries use the read model's indexes once the table is big enough for the planner to care. The SQL
 * explained is the SQL Hibernate actually sent for a real request (caught from its SQL log), so the test follows the
 * HQL if it changes. PostgreSQL only (this build's test database).
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@PostgreSQLOnly // generate_series, make_interval, EXPLAIN
class ListQueryPlanTest {

    private static final int ROWS = 20_000;
    private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+)");

    @Inject
    DataSource dataSource;

    @BeforeAll
    void fillTheReadModel() throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            statement.executeUpdate("""
                    INSERT INTO catalog.product_view (id, sku, sku_key, name, name_key, description, category, price,
                                                      currency, available_stock, version, updated_at)
                    SELECT gen_random_uuid(), 'GEN-' || g, 'gen-' || g, 'Generated ' || g, 'generated ' || g, NULL,
                           'plan-' || (g %% 100), (g %% 500) + 0.99, 'EUR', g %% 7, 0,
                           now() - make_interval(secs => g)
                    FROM generate_series(1, %d) AS g
                    """.formatted(ROWS));
            statement.execute("ANALYZE catalog.product_view");
        }
    }

    @Test
    void aCategoryByPriceIsReadFromTheCategoryPriceIndex() throws SQLException {
        var plan = planOf("/api/products?category=plan-7&sort=price&size=17", "'plan-7'", "18");

        assertThat(plan)
                .contains("ix_product_view_category_price")
                .doesNotContain("Seq Scan")
                .doesNotContain("Sort");
    }

    @Test
    void theWholeCatalogueByNameDescendingIsReadBackwardsFromTheNameIndex() throws SQLException {
        var plan = planOf("/api/products?sort=name&direction=desc&size=13", "14");

        assertThat(plan)
                .contains("Index Scan Backward")
                .contains("ix_product_view_name")
                .doesNotContain("Seq Scan");
    }

    @Test
    void aLaterPageSeeksIntoTheIndexAfterTheCursor() throws SQLException {
        String cursor = given().get("/api/products?category=plan-3&sort=updatedAt&size=11")
                .then()
                .statusCode(200)
                .extract()
                .path("nextCursor");
        var after = Cursor.decode(cursor, ProductSort.UPDATED_AT, ProductSort.Direction.ASC);

        var plan = planOf(
                "/api/products?category=plan-3&sort=updatedAt&size=11&cursor=" + cursor,
                "'plan-3'",
                "'" + after.key() + "'",
                "'" + after.id() + "'",
                "12");

        assertThat(plan)
                .contains("ix_product_view_category_updated_at")
                .contains("Index Cond")
                .doesNotContain("Seq Scan");
    }

    @Test
    void aSearchUsesTheNameAndSkuPrefixIndexes() throws SQLException {
        // selective enough that finding the matches beats walking the name index until 20 of them turn up
        var plan = planOf("/api/products?q=Generated%2012345&size=19", "'generated 12345%'", "20");

        assertThat(plan)
                .contains("ix_product_view_name_key")
                .contains("ix_product_view_sku_key")
                .doesNotContain("Seq Scan");
    }

    /**
     * Sends the request, catches the one SELECT on product_view Hibernate sends for it, puts the given literals in
     * place of its parameters ($1, $2, ... in order: the filters' and the cursor's as the HQL names them first, each
     * once however often it is used, then the page's limit: no offset) and returns PostgreSQL's plan for it.
     */
    private String planOf(String request, String... parameters) throws SQLException {
        var sql = sqlSentFor(request);
        var numbered = PARAMETER
                .matcher(sql)
                .results()
                .map(m -> Integer.parseInt(m.group(1)))
                .distinct()
                .count();
        assertThat(numbered).as("parameters of " + sql).isEqualTo(parameters.length);
        var literal = PARAMETER.matcher(sql).replaceAll(m -> parameters[Integer.parseInt(m.group(1)) - 1]);
        var plan = new StringBuilder();
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery("EXPLAIN " + literal)) {
            while (rows.next()) {
                plan.append(rows.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    private static String sqlSentFor(String request) {
        List<String> selects;
        try (var statements = StatementLog.start()) {
            given().get(request).then().statusCode(200);
            selects = statements.matching("product_view");
        }
        assertThat(selects)
                .as("SQL sent for " + request + " (a cached page sends none)")
                .hasSize(1);
        return selects.get(0);
    }
}
