-- The stock each order holds: one row per order, whatever arrived first (the order or its cancellation).
CREATE TABLE catalog.order_reservation (
    order_id   UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    status     NVARCHAR(30)     NOT NULL,
    version    BIGINT           NOT NULL,
    updated_at DATETIMEOFFSET(6) NOT NULL
);

CREATE TABLE catalog.order_reservation_line (
    order_id   UNIQUEIDENTIFIER NOT NULL,
    product_id UNIQUEIDENTIFIER NOT NULL,
    quantity   INT              NOT NULL,
    CONSTRAINT pk_order_reservation_line PRIMARY KEY (order_id, product_id),
    CONSTRAINT fk_order_reservation_line FOREIGN KEY (order_id) REFERENCES catalog.order_reservation (order_id),
    CONSTRAINT ck_order_reservation_line_quantity CHECK (quantity >= 1)
);
