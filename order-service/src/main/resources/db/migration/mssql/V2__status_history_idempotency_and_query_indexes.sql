-- The status history of an order, oldest first (seq); written with each status change.
CREATE TABLE ordering.order_status_change (
    order_id    UNIQUEIDENTIFIER  NOT NULL,
    seq         INT               NOT NULL,
    changed_at  DATETIMEOFFSET(6) NOT NULL,
    from_status NVARCHAR(20)      NOT NULL,
    to_status   NVARCHAR(20)      NOT NULL,
    reason      NVARCHAR(1000)    NULL,
    CONSTRAINT pk_order_status_change PRIMARY KEY (order_id, seq),
    CONSTRAINT fk_order_status_change_order FOREIGN KEY (order_id) REFERENCES ordering.customer_order (id)
);

-- Idempotency-Key of POST /api/orders, per customer; written in the transaction that places the order.
CREATE TABLE ordering.idempotency_key (
    id              BIGINT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    -- both exact (binary collation): keys AbC and abc are two keys, as on PostgreSQL
    customer_id     NVARCHAR(64)      COLLATE Latin1_General_100_BIN2 NOT NULL,
    idempotency_key NVARCHAR(255)     COLLATE Latin1_General_100_BIN2 NOT NULL,
    request_hash    NCHAR(64)         NOT NULL,
    order_id        UNIQUEIDENTIFIER  NOT NULL,
    created_at      DATETIMEOFFSET(6) NOT NULL,
    CONSTRAINT uk_idempotency_key_customer_key UNIQUE (customer_id, idempotency_key)
);

-- The purge of expired keys.
CREATE INDEX ix_idempotency_key_created_at ON ordering.idempotency_key (created_at);

-- GET /api/orders: newest first (created_at desc, id desc), optionally for one customer and/or one status.
CREATE INDEX ix_customer_order_created ON ordering.customer_order (created_at, id);
CREATE INDEX ix_customer_order_customer_created ON ordering.customer_order (customer_id, created_at, id);
CREATE INDEX ix_customer_order_status_created ON ordering.customer_order (status, created_at, id);
