-- Customer orders ("order" is a reserved word, hence customer_order).
CREATE TABLE ordering.customer_order (
    id          UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    -- the token subject: exact (binary collation), as OpenID Connect compares it and as PostgreSQL does
    customer_id NVARCHAR(64)     COLLATE Latin1_General_100_BIN2 NOT NULL,
    status      NVARCHAR(20)     NOT NULL,
    version     BIGINT           NOT NULL,
    created_at  DATETIMEOFFSET(6) NOT NULL,
    updated_at  DATETIMEOFFSET(6) NOT NULL
);

-- The lines of an order; name and price are filled in when product-service reserves the stock.
CREATE TABLE ordering.order_line (
    order_id     UNIQUEIDENTIFIER NOT NULL,
    line_no      INT              NOT NULL,
    product_id   UNIQUEIDENTIFIER NOT NULL,
    quantity     INT              NOT NULL,
    product_name NVARCHAR(200)    NULL,
    unit_price   DECIMAL(19, 4)   NULL,
    currency     NCHAR(3)         NULL,
    CONSTRAINT pk_order_line PRIMARY KEY (order_id, line_no),
    CONSTRAINT fk_order_line_order FOREIGN KEY (order_id) REFERENCES ordering.customer_order (id),
    CONSTRAINT ck_order_line_quantity CHECK (quantity >= 1)
);
