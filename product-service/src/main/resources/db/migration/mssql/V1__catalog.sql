-- The catalogue: products and their available stock.
CREATE TABLE catalog.product (
    id          UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    sku         NVARCHAR(64)     NOT NULL,
    name        NVARCHAR(200)    NOT NULL,
    description NVARCHAR(2000)   NULL,
    category    NVARCHAR(100)    NOT NULL,
    price       DECIMAL(19, 4)   NOT NULL,
    currency    NCHAR(3)         NOT NULL,
    stock       INT              NOT NULL,
    version     BIGINT           NOT NULL,
    created_at  DATETIMEOFFSET(6) NOT NULL,
    updated_at  DATETIMEOFFSET(6) NOT NULL,
    CONSTRAINT uk_product_sku UNIQUE (sku),
    CONSTRAINT ck_product_stock CHECK (stock >= 0),
    CONSTRAINT ck_product_price CHECK (price >= 0)
);
