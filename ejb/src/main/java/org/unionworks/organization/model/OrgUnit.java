package org.unionworks.organization.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.unionworks.shared.model.DomainException;

/**
 * A union body or service agency in the organisation tree. Its materialised path
 * ({@code /1000/1050/}) makes "the subtree of X" one indexed prefix query on every database.
 */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

    @Id
    @SequenceGenerator(name = "org_unit_seq", sequenceName = "org_unit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_unit_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id", updatable = false)
    private OrgUnit parent;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_type", nullable = false, length = 32)
    private OrgUnitType type;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "division_code", nullable = false, length = 6)
    private DivisionCode divisionCode;

    @Column(name = "tree_path", nullable = false, length = 1000)
    private String path;

    @Column(nullable = false)
    private int depth;

    @Column(name = "covered_workers")
    private Long coveredWorkers;

    @Column(name = "covered_enterprises")
    private Long coveredEnterprises;

    /** First day the unit exists; with {@link #validTo} the period in which it can hold posts and people. */
    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    /** First day it no longer exists (merged or dissolved); null while it exists. */
    @Column(name = "valid_to")
    private LocalDate validTo;

    /** The unit it was merged into, if any. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "successor_id")
    private OrgUnit successor;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected OrgUnit() {
        // for JPA
    }

    private OrgUnit(OrgUnit parent, OrgUnitType type, String name, DivisionCode divisionCode, Long coveredWorkers) {
        this.parent = parent;
        this.type = Objects.requireNonNull(type, "type");
        this.divisionCode = Objects.requireNonNull(divisionCode, "divisionCode");
        type.requiredDivisionLevel().filter(level -> level != divisionCode.level()).ifPresent(level -> {
            throw new DomainException("organization.divisionCode.levelMismatch",
                    type + " needs a " + level + "-level division code, not " + divisionCode, divisionCode.value());
        });
        rename(name);
        changeCoveredWorkers(coveredWorkers);
        this.depth = parent == null ? 0 : parent.depth + 1;
        this.validFrom = LocalDate.of(2016, 1, 1);
        this.createdAt = OffsetDateTime.now();
    }

    /** The root of a tree: the national federation, or a province when a deployment serves one. */
    public static OrgUnit root(OrgUnitType type, String name, DivisionCode divisionCode) {
        return new OrgUnit(null, type, name, divisionCode, null);
    }

    /** Founds a unit under this one, checking that the kinds fit and the division lies inside ours. */
    public OrgUnit foundChild(OrgUnitType childType, String childName, DivisionCode childDivision, Long coveredWorkers) {
        if (!childType.mayBeChildOf(type)) {
            throw new DomainException("organization.parentType.invalid",
                    childType + " cannot be placed under " + type, childType.labelKey(), type.labelKey());
        }
        if (!divisionCode.contains(childDivision)) {
            throw new DomainException("organization.divisionCode.outsideParent",
                    childDivision + " is outside " + divisionCode, childDivision.value(), divisionCode.value());
        }
        return new OrgUnit(this, childType, childName, childDivision, coveredWorkers);
    }

    /** Called once the id is assigned (after persist, before flush): fixes the node's place in the tree. */
    public void placeInTree() {
        if (id == null) {
            throw new IllegalStateException("persist before placing in the tree");
        }
        this.path = (parent == null ? "/" : parent.path) + id + "/";
    }

    /** Sets the founding date of a unit not yet in use (a new unit, or one being seeded from records). */
    public OrgUnit foundedOn(LocalDate date) {
        if (date == null || (parent != null && date.isBefore(parent.validFrom))) {
            throw new DomainException("organization.validFrom.invalid", "founding date missing or before the parent's");
        }
        this.validFrom = date;
        return this;
    }

    /**
     * Merges this unit into {@code target} from {@code date}: this unit stops existing but
     * keeps its id, path and history, so postings and reports of earlier dates still point at
     * it (a district merger must not rewrite history).
     */
    public void mergeInto(OrgUnit target, LocalDate date) {
        if (target == null || target.equals(this) || target.type != type) {
            throw new DomainException("organization.merge.invalidTarget", "merge target must be another unit of the same kind");
        }
        if (!target.isActiveOn(date)) {
            throw new DomainException("organization.merge.targetDissolved", "merge target does not exist on that date",
                    target.getName());
        }
        end(date);
        this.successor = target;
    }

    /** The unit is dissolved from {@code date}; its records stay for history. */
    public void dissolve(LocalDate date) {
        end(date);
    }

    private void end(LocalDate date) {
        if (validTo != null) {
            throw new DomainException("organization.alreadyEnded", "unit already merged or dissolved", name);
        }
        if (date == null || !date.isAfter(validFrom)) {
            throw new DomainException("organization.endDate.invalid", "end date must follow the founding date");
        }
        this.validTo = date;
    }

    /** Half-open validity: exists from {@code validFrom} up to, not including, {@code validTo}. */
    public boolean isActiveOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
    }

    public void rename(String newName) {
        String trimmed = newName == null ? "" : newName.strip();
        if (trimmed.isEmpty() || trimmed.length() > 200) {
            throw new DomainException("organization.name.invalid", "name must have 1..200 characters");
        }
        this.name = trimmed;
    }

    public void changeCoveredWorkers(Long workers) {
        if (workers != null && workers < 0) {
            throw new DomainException("organization.coveredWorkers.negative", "covered workers cannot be negative");
        }
        this.coveredWorkers = workers;
    }

    public void changeCoveredEnterprises(Long enterprises) {
        if (enterprises != null && enterprises < 0) {
            throw new DomainException("organization.coveredEnterprises.negative", "covered enterprises cannot be negative");
        }
        this.coveredEnterprises = enterprises;
    }

    public Long getCoveredEnterprises() {
        return coveredEnterprises;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public OrgUnit getSuccessor() {
        return successor;
    }

    public Long getId() {
        return id;
    }

    public OrgUnit getParent() {
        return parent;
    }

    public OrgUnitType getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public DivisionCode getDivisionCode() {
        return divisionCode;
    }

    public String getPath() {
        return path;
    }

    public int getDepth() {
        return depth;
    }

    public Long getCoveredWorkers() {
        return coveredWorkers;
    }

    public long getVersion() {
        return version;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OrgScope scope() {
        return OrgScope.of(path);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof OrgUnit other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "OrgUnit[" + id + " " + type + " " + divisionCode + "]";
    }
}
