package dev.oms.product;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.migrations.AcceptedDifferences;
import dev.oms.migrations.Dialect;
import dev.oms.migrations.DialectParity;
import dev.oms.migrations.Fallback;
import dev.oms.migrations.MigrationReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The SQL Server and PostgreSQL migrations must describe the same schema: types, nullability, defaults, keys, CHECK
 * constraints, indexes and how each string column compares. (The platform's tables come from platform-messaging,
 * whose own test holds its two sets to the same rule.)
 */
class MigrationParityTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /**
     * String columns that compare case-insensitively on SQL Server (no COLLATE there) and exactly on PostgreSQL, none of
     * them in a way a user can see. (The read model's category and search keys did: V4 made them exact on SQL Server.)
     */
    private static final AcceptedDifferences ACCEPTED = AcceptedDifferences.none()
            .comparison("catalog.product.name", "display text; never compared for equality")
            .comparison("catalog.product.description", "display text; never compared")
            .comparison("catalog.product.sku", "kept as written for display; uniqueness and lookups use sku_key (BIN2)")
            .comparison("catalog.product.currency", "ISO 4217 code the API takes only as [A-Z]{3}; case never differs")
            .comparison("catalog.product.category", "not queried on this table; product_view.category is")
            .comparison("catalog.product_view.name", "display text; sorts follow each database's collation")
            .comparison("catalog.product_view.description", "display text; never compared")
            .comparison("catalog.product_view.sku", "display text; the search uses sku_key")
            .comparison("catalog.product_view.currency", "ISO 4217 code, [A-Z]{3}; case never differs")
            .comparison("catalog.order_reservation.status", "enum names written only by the code; case never differs");

    @Test
    void bothMigrationSetsDescribeTheSameSchema() {
        assertThat(DialectParity.differences(MIGRATIONS, ACCEPTED)).isEmpty();
    }

    @Test
    void onlyTheFilteredIndexAndT_SqlsDropIndexNeedAFallbackToBeParsed() {
        assertThat(MigrationReader.fallbacks(MIGRATIONS.resolve("postgresql"), Dialect.POSTGRESQL))
                .containsExactly(Fallback.INDEX_FILTER);
        assertThat(MigrationReader.fallbacks(MIGRATIONS.resolve("mssql"), Dialect.MSSQL))
                .containsExactlyInAnyOrder(Fallback.INDEX_FILTER, Fallback.DROP_INDEX_ON_TABLE);
    }
}
