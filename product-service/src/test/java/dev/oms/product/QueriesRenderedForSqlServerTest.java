package dev.oms.product;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.sqlserver.QuerySites;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every query this module's code issues is named, and rendered for SQL Server by a test (*OnSqlServerTest). */
class QueriesRenderedForSqlServerTest {

    @Test
    void everyQueryTheCodeIssuesIsRenderedForSqlServer() {
        assertThat(QuerySites.unrendered(Path.of("src/main/java"), Path.of("src/test/java")))
                .isEmpty();
    }
}
