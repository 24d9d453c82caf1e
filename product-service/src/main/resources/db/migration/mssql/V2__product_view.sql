-- The query side's read model: one row per product, shaped for the list and by-id queries and kept in step with
-- catalog.product by the projector, in the command's transaction. name_key / sku_key are the lower-cased name and SKU
-- the case-insensitive prefix search (q) compares with.
CREATE TABLE catalog.product_view (
    id              UNIQUEIDENTIFIER  NOT NULL PRIMARY KEY,
    sku             NVARCHAR(64)      NOT NULL,
    sku_key         NVARCHAR(64)      NOT NULL,
    name            NVARCHAR(200)     NOT NULL,
    name_key        NVARCHAR(200)     NOT NULL,
    description     NVARCHAR(2000)    NULL,
    category        NVARCHAR(100)     NOT NULL,
    price           DECIMAL(19, 4)    NOT NULL,
    currency        NCHAR(3)          NOT NULL,
    available_stock INT               NOT NULL,
    version         BIGINT            NOT NULL,
    updated_at      DATETIMEOFFSET(6) NOT NULL
);

INSERT INTO catalog.product_view (id, sku, sku_key, name, name_key, description, category, price, currency,
                                  available_stock, version, updated_at)
SELECT id, sku, LOWER(sku), name, LOWER(name), description, category, price, currency, stock, version, updated_at
FROM catalog.product;

-- One index per sort, (key, id): the id is the tie-breaker of every sort, so a keyset page is one index range scan
-- in either direction.
CREATE INDEX ix_product_view_name ON catalog.product_view (name, id);
CREATE INDEX ix_product_view_price ON catalog.product_view (price, id);
CREATE INDEX ix_product_view_updated_at ON catalog.product_view (updated_at, id);
-- Browsing a category is the most common filter: equality first, then each sort.
CREATE INDEX ix_product_view_category_name ON catalog.product_view (category, name, id);
CREATE INDEX ix_product_view_category_price ON catalog.product_view (category, price, id);
CREATE INDEX ix_product_view_category_updated_at ON catalog.product_view (category, updated_at, id);
-- The storefront's default: what can be bought, by name (a filtered index).
CREATE INDEX ix_product_view_in_stock_name ON catalog.product_view (name, id) WHERE available_stock > 0;
-- Prefix search: LIKE 'abc%' is a range seek on a plain index in SQL Server.
CREATE INDEX ix_product_view_name_key ON catalog.product_view (name_key);
CREATE INDEX ix_product_view_sku_key ON catalog.product_view (sku_key);
