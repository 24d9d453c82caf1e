-- Events each consumer has processed (inbox): a redelivered or duplicated event finds its row and changes nothing.
CREATE TABLE catalog.inbox_message (
    consumer     NVARCHAR(100)    NOT NULL,
    event_id     UNIQUEIDENTIFIER NOT NULL,
    processed_at DATETIMEOFFSET(6) NOT NULL,
    CONSTRAINT pk_inbox_message PRIMARY KEY (consumer, event_id)
);
CREATE INDEX ix_inbox_message_processed_at ON catalog.inbox_message (processed_at);

-- The row an outbox relay locks to be the one that publishes (one publisher at a time keeps the order).
CREATE TABLE catalog.outbox_relay_lock (
    id INT NOT NULL PRIMARY KEY
);
INSERT INTO catalog.outbox_relay_lock (id) VALUES (1);

-- Purging published rows by age.
CREATE INDEX ix_outbox_event_published_at ON catalog.outbox_event (published_at) WHERE published_at IS NOT NULL;

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
