-- Events each consumer has processed (inbox): a redelivered or duplicated event finds its row and changes nothing.
CREATE TABLE catalog.inbox_message (
    consumer     VARCHAR(100) NOT NULL,
    event_id     UUID         NOT NULL,
    processed_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_inbox_message PRIMARY KEY (consumer, event_id)
);
CREATE INDEX ix_inbox_message_processed_at ON catalog.inbox_message (processed_at);

-- The row an outbox relay locks to be the one that publishes (one publisher at a time keeps the order).
CREATE TABLE catalog.outbox_relay_lock (
    id INTEGER NOT NULL PRIMARY KEY
);
INSERT INTO catalog.outbox_relay_lock (id) VALUES (1);

-- Purging published rows by age.
CREATE INDEX ix_outbox_event_published_at ON catalog.outbox_event (published_at) WHERE published_at IS NOT NULL;

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
