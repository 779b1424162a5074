package org.unionworks.organization.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.unionworks.organization.model.DivisionCode;
import org.unionworks.organization.model.DivisionEntry;

/**
 * One row of table {@code division}: a {@link DivisionEntry} of one edition. Reference data written
 * once per edition and never changed, so it stays a storage record; the domain sees entries.
 */
@Entity
@Table(name = "division")
@IdClass(DivisionRecord.Key.class)
public class DivisionRecord {

    @Id
    @Column(nullable = false, length = 16)
    private String edition;

    @Id
    @Column(nullable = false, length = 6)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "division_level", nullable = false, length = 16)
    private String level;

    @Column(name = "parent_code", length = 6)
    private String parentCode;

    protected DivisionRecord() {
        // for JPA
    }

    DivisionRecord(String edition, DivisionEntry entry) {
        this.edition = edition;
        this.code = entry.code().value();
        this.name = entry.name();
        this.level = entry.level().name();
        this.parentCode = entry.parentCode().value();
    }

    DivisionEntry toEntry() {
        return new DivisionEntry(DivisionCode.of(code), name, DivisionCode.Level.valueOf(level),
                DivisionCode.of(parentCode));
    }

    /** The composite primary key (edition, code). */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String edition;
        private String code;

        public Key() {
        }

        public Key(String edition, String code) {
            this.edition = edition;
            this.code = code;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.edition, edition) && Objects.equals(k.code, code);
        }

        @Override
        public int hashCode() {
            return Objects.hash(edition, code);
        }
    }
}
