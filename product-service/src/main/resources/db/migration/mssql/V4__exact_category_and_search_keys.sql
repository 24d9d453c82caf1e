-- The read model's category filter and search keys compare exactly, as on PostgreSQL (V1..V3 left them to the
-- database's default collation, case-insensitive by default: category = 'kitchen' also found 'Kitchen', and the
-- prefix search ignored width and kana type). SQL Server changes a column's collation only while no index uses it,
-- so the indexes over these columns are dropped, the columns stated again with a binary collation, and the indexes
-- recreated as V2 made them. Nothing here has a PostgreSQL counterpart: PostgreSQL compared exactly from the start.
DROP INDEX ix_product_view_category_name ON catalog.product_view;
DROP INDEX ix_product_view_category_price ON catalog.product_view;
DROP INDEX ix_product_view_category_updated_at ON catalog.product_view;
DROP INDEX ix_product_view_name_key ON catalog.product_view;
DROP INDEX ix_product_view_sku_key ON catalog.product_view;

ALTER TABLE catalog.product_view ALTER COLUMN category NVARCHAR(100) COLLATE Latin1_General_100_BIN2 NOT NULL;
ALTER TABLE catalog.product_view ALTER COLUMN name_key NVARCHAR(200) COLLATE Latin1_General_100_BIN2 NOT NULL;
ALTER TABLE catalog.product_view ALTER COLUMN sku_key NVARCHAR(64) COLLATE Latin1_General_100_BIN2 NOT NULL;

CREATE INDEX ix_product_view_category_name ON catalog.product_view (category, name, id);
CREATE INDEX ix_product_view_category_price ON catalog.product_view (category, price, id);
CREATE INDEX ix_product_view_category_updated_at ON catalog.product_view (category, updated_at, id);
CREATE INDEX ix_product_view_name_key ON catalog.product_view (name_key);
CREATE INDEX ix_product_view_sku_key ON catalog.product_view (sku_key);
