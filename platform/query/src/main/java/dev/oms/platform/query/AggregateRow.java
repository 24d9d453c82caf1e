package dev.oms.platform.query;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/**
 * What a read model's row of an aggregate has whatever the aggregate: its id, and the version and last-change time the
 * command side's {@code Aggregate} keeps (the version is the ETag a client sends back). The query side's entities
 * extend it and add their own columns; they are read-only.
 */
@MappedSuperclass
public abstract class AggregateRow {

    @Id
    public UUID id;

    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
