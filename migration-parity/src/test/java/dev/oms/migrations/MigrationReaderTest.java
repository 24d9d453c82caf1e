package dev.oms.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationReaderTest {

    private static final String POSTGRES = """
            CREATE SCHEMA IF NOT EXISTS catalog;
            CREATE TABLE catalog.product (
                id          UUID          NOT NULL PRIMARY KEY,
                sku         VARCHAR(64)   NOT NULL,
                price       NUMERIC(19,4) NOT NULL, -- money
                description VARCHAR(2000),
                CONSTRAINT uk_product_sku UNIQUE (sku)
            );
            CREATE INDEX ix_product_price ON catalog.product (price, id) INCLUDE (sku);
            CREATE INDEX ix_product_unsent ON catalog.product (id) WHERE description IS NULL;
            """;

    private static final String SQL_SERVER = """
            /* the same schema, in T-SQL */
            CREATE TABLE [catalog].[product] (
                id          UNIQUEIDENTIFIER NOT NULL PRIMARY KEY NONCLUSTERED,
                sku         NVARCHAR(64)     NOT NULL,
                price       DECIMAL(19,4)    NOT NULL,
                description NVARCHAR(2000)   NULL,
                CONSTRAINT uk_product_sku UNIQUE (sku)
            );
            CREATE NONCLUSTERED INDEX ix_product_price ON catalog.product (price, id) INCLUDE (sku);
            CREATE INDEX ix_product_unsent ON catalog.product (id) WHERE description IS NULL;
            """;

    @Test
    void theSameSchemaInTwoDialectsHasNoDifferences() {
        var pg = new SchemaShape();
        MigrationReader.apply(pg, POSTGRES);
        var mssql = new SchemaShape();
        MigrationReader.apply(mssql, SQL_SERVER);

        assertThat(pg.tables()).containsExactly("catalog.product");
        assertThat(pg.columns("catalog.product")).containsOnlyKeys("id", "sku", "price", "description");
        assertThat(pg.columns("catalog.product").get("description").nullable()).isTrue();
        assertThat(pg.indexes()).containsOnlyKeys("uk_product_sku", "ix_product_price", "ix_product_unsent");
        assertThat(pg.indexes().get("ix_product_unsent").filtered()).isTrue();
        assertThat(pg.differencesFrom(mssql, "pg", "mssql")).isEmpty();
    }

    @Test
    void reportsAMissingColumnAChangedNullabilityAndADifferentIndex() {
        var pg = new SchemaShape();
        MigrationReader.apply(pg, POSTGRES + "ALTER TABLE catalog.product ADD COLUMN category VARCHAR(64) NOT NULL;");
        var mssql = new SchemaShape();
        MigrationReader.apply(
                mssql,
                SQL_SERVER
                        .replace("sku         NVARCHAR(64)     NOT NULL", "sku         NVARCHAR(64)     NULL")
                        .replace("(price, id) INCLUDE (sku)", "(price)"));

        assertThat(pg.differencesFrom(mssql, "pg", "mssql"))
                .hasSize(3)
                .anyMatch(d -> d.startsWith("column catalog.product.category"))
                .anyMatch(d -> d.startsWith("column catalog.product.sku"))
                .anyMatch(d -> d.startsWith("index ix_product_price"));
    }

    @Test
    void laterMigrationsDropWhatEarlierOnesCreated() {
        var shape = new SchemaShape();
        MigrationReader.apply(shape, POSTGRES + """
                ALTER TABLE catalog.product DROP COLUMN description;
                DROP INDEX catalog.ix_product_price;
                DROP INDEX ix_product_unsent ON catalog.product;
                """);
        assertThat(shape.columns("catalog.product")).doesNotContainKey("description");
        assertThat(shape.indexes()).containsOnlyKeys("uk_product_sku");
    }

    @Test
    void aFolderIsReplayedInVersionOrderNotInTheOrderOfItsNames(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("V0_10__later.sql"), "ALTER TABLE shop.outbox ADD note VARCHAR(10) NULL;");
        Files.writeString(folder.resolve("V0_2__first.sql"), """
                CREATE TABLE shop.outbox (
                    id BIGINT NOT NULL PRIMARY KEY -- the order
                );
                """);
        Files.writeString(folder.resolve("README.txt"), "not a migration");

        var shape = MigrationReader.read(folder);

        assertThat(shape.columns("shop.outbox")).containsOnlyKeys("id", "note");
    }
}
