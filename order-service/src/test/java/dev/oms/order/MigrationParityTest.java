package dev.oms.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.migrations.AcceptedDifferences;
import dev.oms.migrations.Dialect;
import dev.oms.migrations.DialectParity;
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

    /** String columns that compare case-insensitively on SQL Server only, and why that is harmless. */
    private static final AcceptedDifferences ACCEPTED = AcceptedDifferences.none()
            .comparison("ordering.customer_order.status", "enum names written only by the code; case never differs")
            .comparison("ordering.order_status_change.from_status", "enum names written only by the code")
            .comparison("ordering.order_status_change.to_status", "enum names written only by the code")
            .comparison("ordering.order_status_change.reason", "display text; never compared")
            .comparison("ordering.order_line.product_name", "display text copied from the catalogue; never compared")
            .comparison("ordering.order_line.currency", "ISO 4217 code from the catalogue, [A-Z]{3}")
            .comparison(
                    "ordering.order_line.seen_currency",
                    "ISO 4217 code, [A-Z]{3} by the API's validation; never compared")
            .comparison(
                    "ordering.idempotency_key.request_hash",
                    "a digest written by the code and compared in Java (PlaceOrderHandler), not by the database");

    @Test
    void bothMigrationSetsDescribeTheSameSchema() {
        assertThat(DialectParity.differences(MIGRATIONS, ACCEPTED)).isEmpty();
    }

    @Test
    void everyStatementIsParsedWithoutAFallback() {
        for (var dialect : Dialect.values()) {
            assertThat(MigrationReader.fallbacks(MIGRATIONS.resolve(dialect.folder()), dialect))
                    .isEmpty();
        }
    }
}
