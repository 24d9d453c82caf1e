-- The stock each order holds: one row per order, whatever arrived first (the order or its cancellation).
CREATE TABLE catalog.order_reservation (
    order_id   UUID        NOT NULL PRIMARY KEY,
    status     VARCHAR(30) NOT NULL,
    version    BIGINT      NOT NULL,
    updated_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE TABLE catalog.order_reservation_line (
    order_id   UUID    NOT NULL,
    product_id UUID    NOT NULL,
    quantity   INTEGER NOT NULL,
    CONSTRAINT pk_order_reservation_line PRIMARY KEY (order_id, product_id),
    CONSTRAINT fk_order_reservation_line FOREIGN KEY (order_id) REFERENCES catalog.order_reservation (order_id),
    CONSTRAINT ck_order_reservation_line_quantity CHECK (quantity >= 1)
);
