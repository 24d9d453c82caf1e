-- The tables the platform's messaging needs, in ${schema} (a Flyway placeholder). Each service creates them in its own
-- schema through its own migrations (ADR 11 says why they are not shared migrations); its MigrationParityTest fails when
-- its statements on these tables differ from these, in this order. A change to a platform table is a new statement at
-- the end here and a new migration in each service.

-- Events waiting to be published (transactional outbox), in the order of id.
CREATE TABLE ${schema}.outbox_event (
    id           BIGINT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    event_id     UNIQUEIDENTIFIER NOT NULL,
    event_type   NVARCHAR(100)    NOT NULL,
    aggregate_id NVARCHAR(64)     NOT NULL,
    envelope     NVARCHAR(MAX)    NOT NULL,
    occurred_at  DATETIMEOFFSET(6) NOT NULL,
    published_at DATETIMEOFFSET(6) NULL,
    CONSTRAINT uk_outbox_event_event_id UNIQUE (event_id)
);
CREATE INDEX ix_outbox_event_pending ON ${schema}.outbox_event (id) WHERE published_at IS NULL;

-- Events each consumer has processed (inbox).
CREATE TABLE ${schema}.inbox_message (
    consumer     NVARCHAR(100)    NOT NULL,
    event_id     UNIQUEIDENTIFIER NOT NULL,
    processed_at DATETIMEOFFSET(6) NOT NULL,
    CONSTRAINT pk_inbox_message PRIMARY KEY (consumer, event_id)
);
CREATE INDEX ix_inbox_message_processed_at ON ${schema}.inbox_message (processed_at);

-- The row an outbox relay locks to be the one that publishes.
CREATE TABLE ${schema}.outbox_relay_lock (
    id INT NOT NULL PRIMARY KEY
);
INSERT INTO ${schema}.outbox_relay_lock (id) VALUES (1);

CREATE INDEX ix_outbox_event_published_at ON ${schema}.outbox_event (published_at) WHERE published_at IS NOT NULL;

ALTER TABLE ${schema}.outbox_event ADD trace_parent VARCHAR(55) NULL;
