-- The platform's messaging tables, created in the schema of the service that runs this (Flyway's default schema).
-- Every service lists db/platform/<kind> among its Flyway locations beside its own migrations. The platform numbers
-- its migrations 0.n, below every service's own, and each service migrates out of order, so a later platform
-- migration is applied to databases already past their service's latest version (ADR 11).

-- Events waiting to be published (transactional outbox), in the order of id. trace_parent is the W3C traceparent of
-- the span that wrote the event (NULL when no trace was active): the relay publishes the event as a child of it.
CREATE TABLE ${flyway:defaultSchema}.outbox_event (
    id           BIGINT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    event_id     UNIQUEIDENTIFIER  NOT NULL,
    event_type   NVARCHAR(100)     NOT NULL,
    aggregate_id NVARCHAR(64)      NOT NULL,
    envelope     NVARCHAR(MAX)     NOT NULL,
    occurred_at  DATETIMEOFFSET(6) NOT NULL,
    published_at DATETIMEOFFSET(6) NULL,
    trace_parent VARCHAR(55)       NULL,
    CONSTRAINT uk_outbox_event_event_id UNIQUE (event_id)
);
-- Keeps "the oldest unpublished rows" fast however many published rows wait to be purged.
CREATE INDEX ix_outbox_event_pending ON ${flyway:defaultSchema}.outbox_event (id) WHERE published_at IS NULL;
-- Purging published rows by age.
CREATE INDEX ix_outbox_event_published_at
    ON ${flyway:defaultSchema}.outbox_event (published_at) WHERE published_at IS NOT NULL;

-- Events each consumer has processed (inbox): a redelivered or duplicated event finds its row and changes nothing.
CREATE TABLE ${flyway:defaultSchema}.inbox_message (
    consumer     NVARCHAR(100)     COLLATE Latin1_General_100_BIN2 NOT NULL, -- exact, as on PostgreSQL
    event_id     UNIQUEIDENTIFIER  NOT NULL,
    processed_at DATETIMEOFFSET(6) NOT NULL,
    CONSTRAINT pk_inbox_message PRIMARY KEY (consumer, event_id)
);
CREATE INDEX ix_inbox_message_processed_at ON ${flyway:defaultSchema}.inbox_message (processed_at);

-- The row an outbox relay locks to be the one that publishes (one publisher at a time keeps the order).
CREATE TABLE ${flyway:defaultSchema}.outbox_relay_lock (
    id INT NOT NULL PRIMARY KEY
);
INSERT INTO ${flyway:defaultSchema}.outbox_relay_lock (id) VALUES (1);
