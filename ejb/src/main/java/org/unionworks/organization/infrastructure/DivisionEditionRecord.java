package org.unionworks.organization.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One row of table {@code division_edition}: an edition of GB/T 2260 that has been loaded, and from where. */
@Entity
@Table(name = "division_edition")
public class DivisionEditionRecord {

    @Id
    @Column(nullable = false, length = 16)
    private String edition;

    @Column(nullable = false, length = 200)
    private String source;

    @Column(nullable = false)
    private int entries;

    @Column(name = "loaded_at", nullable = false)
    private OffsetDateTime loadedAt;

    protected DivisionEditionRecord() {
        // for JPA
    }

    DivisionEditionRecord(String edition, String source, int entries) {
        this.edition = edition;
        this.source = source;
        this.entries = entries;
        this.loadedAt = OffsetDateTime.now();
    }
}
