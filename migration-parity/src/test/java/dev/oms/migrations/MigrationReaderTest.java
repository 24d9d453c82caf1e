package dev.oms.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
                price       NUMERIC(19,4) NOT NULL, -- money; a ';' in a comment cuts nothing
                description VARCHAR(2000) DEFAULT 'none; yet',
                CONSTRAINT uk_product_sku UNIQUE (sku)
            );
            CREATE INDEX ix_product_price ON catalog.product (price, id) INCLUDE (sku);
            CREATE INDEX ix_product_unsent ON catalog.product (id) WHERE description IS NULL;
            INSERT INTO catalog.product (id, sku, price) VALUES ('00000000-0000-0000-0000-000000000001', 'a', 1);
            """;

    private static final String SQL_SERVER = """
            /* the same schema, in T-SQL */
            CREATE TABLE [catalog].[product] (
                id          UNIQUEIDENTIFIER NOT NULL PRIMARY KEY NONCLUSTERED,
                sku         NVARCHAR(64)     COLLATE Latin1_General_100_BIN2 NOT NULL,
                price       DECIMAL(19,4)    NOT NULL,
                description NVARCHAR(2000)   COLLATE Latin1_General_100_BIN2 NULL DEFAULT N'none; yet',
                CONSTRAINT uk_product_sku UNIQUE (sku)
            )
            GO
            CREATE NONCLUSTERED INDEX ix_product_price ON catalog.product (price, id) INCLUDE (sku);
            CREATE INDEX ix_product_unsent ON catalog.product (id) WHERE ([description] IS NULL);
            """;

    @Test
    void theSameSchemaInTwoDialectsHasNoDifferences() {
        var pg = new SchemaShape();
        MigrationReader.apply(pg, POSTGRES, Dialect.POSTGRESQL);
        var mssql = new SchemaShape();
        MigrationReader.apply(mssql, SQL_SERVER, Dialect.MSSQL);

        assertThat(pg.tables()).containsExactly("catalog.product");
        assertThat(pg.columns("catalog.product")).containsOnlyKeys("id", "sku", "price", "description");
        assertThat(pg.columns("catalog.product").get("description").nullable()).isTrue();
        assertThat(pg.columns("catalog.product").get("description").defaultValue())
                .isEqualTo("'none; yet'");
        assertThat(pg.indexes()).containsOnlyKeys("uk_product_sku", "ix_product_price", "ix_product_unsent");
        assertThat(pg.indexes().get("ix_product_unsent").filter()).isEqualTo("description is null");
        assertThat(ShapeComparison.between(mssql, pg)).isEmpty();
    }

    @Test
    void laterMigrationsDropWhatEarlierOnesCreated() {
        var shape = new SchemaShape();
        MigrationReader.apply(shape, POSTGRES + """
                ALTER TABLE catalog.product DROP COLUMN description;
                DROP INDEX catalog.ix_product_price;
                ALTER TABLE catalog.product DROP CONSTRAINT uk_product_sku;
                """, Dialect.POSTGRESQL);
        assertThat(shape.columns("catalog.product")).doesNotContainKey("description");
        assertThat(shape.indexes()).containsOnlyKeys("ix_product_unsent");
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

        var shape = MigrationReader.read(folder, Dialect.MSSQL);

        assertThat(shape.columns("shop.outbox")).containsOnlyKeys("id", "note");
    }

    @Test
    void flywaysDefaultSchemaIsReadAsANamedSchemaAndNoOtherPlaceholderIsGuessed() {
        var shape = new SchemaShape();
        MigrationReader.apply(shape, "CREATE TABLE ${flyway:defaultSchema}.t (id INT);", Dialect.MSSQL);
        assertThat(shape.tables()).containsExactly(MigrationReader.DEFAULT_SCHEMA + ".t");

        assertThatThrownBy(() -> MigrationReader.apply(
                        new SchemaShape(), "CREATE TABLE ${flyway:user}.t (id INT);", Dialect.MSSQL))
                .isInstanceOf(UnreadableMigrationException.class)
                .hasMessageContaining("${flyway:user}");
    }

    @Test
    void columnsKeepTheirTypeIdentityDefaultCollationAndInlineConstraints() {
        var shape = new SchemaShape();
        MigrationReader.apply(shape, """
                CREATE TABLE s.t (
                    id    BIGINT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
                    code  NVARCHAR(10) COLLATE Latin1_General_100_BIN2 NOT NULL DEFAULT N'NEW',
                    flag  BIT NOT NULL CONSTRAINT df_t_flag DEFAULT ((1)),
                    qty   INT CONSTRAINT ck_t_qty CHECK ([qty] >= (0)),
                    other UNIQUEIDENTIFIER NULL REFERENCES s.o (id) ON DELETE CASCADE
                );
                """, Dialect.MSSQL);

        var columns = shape.columns("s.t");
        assertThat(columns.get("id").identity()).isEqualTo("identity");
        assertThat(columns.get("id").nullable()).isFalse();
        assertThat(columns.get("code").type()).isEqualTo(new ColumnType("varchar(10)", true, false));
        assertThat(columns.get("code").defaultValue()).isEqualTo("'NEW'");
        assertThat(columns.get("code").collation()).isEqualTo(Collation.EXACT);
        assertThat(columns.get("flag").defaultValue()).isEqualTo("true");
        assertThat(columns.get("qty").collation()).isNull();
        assertThat(shape.primaryKeys().get("s.t").columns()).containsExactly("id");
        assertThat(shape.checks().get("ck_t_qty").expression()).isEqualTo("qty >= 0");
        assertThat(shape.foreignKeys().values())
                .singleElement()
                .satisfies(fk -> assertThat(fk.onDelete()).isEqualTo("CASCADE"))
                .satisfies(fk -> assertThat(fk.referencedTable()).isEqualTo("s.o"));
    }

    @Test
    void tSqlsAlterColumnStatesTheColumnAgainWithItsCollation() {
        var shape = new SchemaShape();
        MigrationReader.apply(shape, """
                CREATE TABLE s.t (category NVARCHAR(100) NOT NULL);
                CREATE INDEX ix_t_category ON s.t (category);
                DROP INDEX ix_t_category ON s.t;
                ALTER TABLE s.t ALTER COLUMN category NVARCHAR(100) COLLATE Latin1_General_100_BIN2 NOT NULL;
                CREATE INDEX ix_t_category ON s.t (category);
                """, Dialect.MSSQL);

        var category = shape.columns("s.t").get("category");
        assertThat(category.collation()).isEqualTo(Collation.EXACT);
        assertThat(category.nullable()).isFalse();
        assertThat(category.type()).isEqualTo(new ColumnType("varchar(100)", true, false));
        assertThat(shape.indexes()).containsKey("ix_t_category");
    }

    @Test
    void aStatementNeitherTheParserNorAFallbackReadsFailsTheRead() {
        // T-SQL's named default added afterwards: JSqlParser 5.3 rejects it and no fallback is meant for it
        assertThatThrownBy(() -> MigrationReader.apply(
                        new SchemaShape(), "ALTER TABLE s.t ADD CONSTRAINT df_t_a DEFAULT 0 FOR a;", Dialect.MSSQL))
                .isInstanceOf(UnreadableMigrationException.class)
                .hasMessageContaining("no fallback fits");
    }

    @Test
    void aStatementTheParserReadsButTheShapeDoesNotKnowFailsTheRead() {
        assertThatThrownBy(() -> MigrationReader.apply(
                        new SchemaShape(), "CREATE VIEW s.v AS SELECT id FROM s.t;", Dialect.POSTGRESQL))
                .isInstanceOf(UnreadableMigrationException.class)
                .hasMessageContaining("CreateView");
        assertThatThrownBy(() -> MigrationReader.apply(
                        new SchemaShape(), "CREATE TABLE s.t (id INT SPARSE NULL);", Dialect.MSSQL))
                .isInstanceOf(UnreadableMigrationException.class)
                .hasMessageContaining("SPARSE");
        // parsed once NONCLUSTERED is dropped, but its storage options are not part of the shape
        assertThatThrownBy(() -> MigrationReader.apply(
                        new SchemaShape(),
                        "CREATE TABLE s.t (a INT, CONSTRAINT uk UNIQUE NONCLUSTERED (a) WITH (FILLFACTOR = 80));",
                        Dialect.MSSQL))
                .isInstanceOf(UnreadableMigrationException.class)
                .hasMessageContaining("constraint options");
    }
}
