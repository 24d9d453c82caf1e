-- The catalogue: products and their available stock.
CREATE TABLE catalog.product (
    id          UUID           NOT NULL PRIMARY KEY,
    sku         VARCHAR(64)    NOT NULL,
    -- the SKU lower-cased: a SKU is unique whatever its letter case (mug-1 is MUG-1); sku keeps it as written
    sku_key     VARCHAR(64)    NOT NULL,
    name        VARCHAR(200)   NOT NULL,
    description VARCHAR(2000),
    category    VARCHAR(100)   NOT NULL,
    price       NUMERIC(19, 4) NOT NULL,
    currency    CHAR(3)        NOT NULL,
    stock       INTEGER        NOT NULL,
    version     BIGINT         NOT NULL,
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_product_sku_key UNIQUE (sku_key),
    CONSTRAINT ck_product_stock CHECK (stock >= 0),
    CONSTRAINT ck_product_price CHECK (price >= 0)
);
