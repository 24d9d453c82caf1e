-- Events each consumer has processed (inbox): a redelivered or duplicated event finds its row and changes nothing.
CREATE TABLE ordering.inbox_message (
    consumer     VARCHAR(100) NOT NULL,
    event_id     UUID         NOT NULL,
    processed_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_inbox_message PRIMARY KEY (consumer, event_id)
);
CREATE INDEX ix_inbox_message_processed_at ON ordering.inbox_message (processed_at);

-- The row an outbox relay locks to be the one that publishes (one publisher at a time keeps the order).
CREATE TABLE ordering.outbox_relay_lock (
    id INTEGER NOT NULL PRIMARY KEY
);
INSERT INTO ordering.outbox_relay_lock (id) VALUES (1);

-- Purging published rows by age.
CREATE INDEX ix_outbox_event_published_at ON ordering.outbox_event (published_at) WHERE published_at IS NOT NULL;
