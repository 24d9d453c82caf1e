package dev.oms.sqlserver;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** A mapped entity of the tests' own. */
@Entity
@Table(name = "shelf")
public class Shelf {

    @Id
    public UUID id;

    @Column(name = "label_key", length = 64)
    public String labelKey;

    @Version
    public long version;
}
