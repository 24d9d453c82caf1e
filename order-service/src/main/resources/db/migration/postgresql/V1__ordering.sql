-- Customer orders ("order" is a reserved word, hence customer_order).
CREATE TABLE ordering.customer_order (
    id          UUID         NOT NULL PRIMARY KEY,
    customer_id VARCHAR(64)  NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    version     BIGINT       NOT NULL,
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

-- The lines of an order; name and price are filled in when product-service reserves the stock.
CREATE TABLE ordering.order_line (
    order_id     UUID           NOT NULL,
    line_no      INTEGER        NOT NULL,
    product_id   UUID           NOT NULL,
    quantity     INTEGER        NOT NULL,
    product_name VARCHAR(200),
    unit_price   NUMERIC(19, 4),
    currency     CHAR(3),
    CONSTRAINT pk_order_line PRIMARY KEY (order_id, line_no),
    CONSTRAINT fk_order_line_order FOREIGN KEY (order_id) REFERENCES ordering.customer_order (id),
    CONSTRAINT ck_order_line_quantity CHECK (quantity >= 1)
);
