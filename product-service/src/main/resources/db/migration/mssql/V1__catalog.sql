-- The catalogue: products and their available stock.
CREATE TABLE catalog.product (
    id          UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    sku         NVARCHAR(64)     NOT NULL,
    -- the SKU lower-cased: a SKU is unique whatever its letter case (mug-1 is MUG-1); sku keeps it as written.
    -- Binary collation: the key compares exactly, as on PostgreSQL, whatever the database's default collation.
    sku_key     NVARCHAR(64)     COLLATE Latin1_General_100_BIN2 NOT NULL,
    name        NVARCHAR(200)    NOT NULL,
    description NVARCHAR(2000)   NULL,
    category    NVARCHAR(100)    NOT NULL,
    price       DECIMAL(19, 4)   NOT NULL,
    currency    NCHAR(3)         NOT NULL,
    stock       INT              NOT NULL,
    version     BIGINT           NOT NULL,
    created_at  DATETIMEOFFSET(6) NOT NULL,
    updated_at  DATETIMEOFFSET(6) NOT NULL,
    CONSTRAINT uk_product_sku_key UNIQUE (sku_key),
    CONSTRAINT ck_product_stock CHECK (stock >= 0),
    CONSTRAINT ck_product_price CHECK (price >= 0)
);
