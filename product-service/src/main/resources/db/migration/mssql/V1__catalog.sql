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

-- Events waiting to be published (transactional outbox), in the order of id.
CREATE TABLE catalog.outbox_event (
    id           BIGINT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    event_id     UNIQUEIDENTIFIER NOT NULL,
    event_type   NVARCHAR(100)    NOT NULL,
    aggregate_id NVARCHAR(64)     NOT NULL,
    envelope     NVARCHAR(MAX)    NOT NULL,
    occurred_at  DATETIMEOFFSET(6) NOT NULL,
    published_at DATETIMEOFFSET(6) NULL,
    CONSTRAINT uk_outbox_event_event_id UNIQUE (event_id)
);

-- Keeps "the oldest unpublished rows" fast however many published rows wait to be purged.
CREATE INDEX ix_outbox_event_pending ON catalog.outbox_event (id) WHERE published_at IS NULL;
