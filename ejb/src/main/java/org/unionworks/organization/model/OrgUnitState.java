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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * What an org unit was called, filed under and covered from {@code validFrom} up to (not including)
 * {@code validTo}. States are appended and closed by their {@link OrgUnit}, never rewritten, so
 * "as of D" reads the state that covered D. A merger or dissolution appends a last, open-ended
 * state that marks the end ({@link OrgUnitChange#isEnd()}) and covers nobody.
 */
@Entity
@Table(name = "org_unit_state")
public class OrgUnitState {

    @Id
    @SequenceGenerator(name = "org_unit_state_seq", sequenceName = "org_unit_state_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_unit_state_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id", nullable = false, updatable = false)
    private OrgUnit orgUnit;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(nullable = false, length = 200)
    private String name;

    /** The GB/T 2260 code the unit was filed under in this period (a renumbered area keeps its old code here). */
    @Column(name = "division_code", length = 6)
    private DivisionCode divisionCode;

    @Column(name = "covered_workers")
    private Long coveredWorkers;

    @Column(name = "covered_enterprises")
    private Long coveredEnterprises;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_type", nullable = false, length = 24, updatable = false)
    private OrgUnitChange change;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "successor_id", updatable = false)
    private OrgUnit successor;

    @Column(name = "recorded_by", length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected OrgUnitState() {
        // for JPA
    }

    OrgUnitState(OrgUnit orgUnit, LocalDate validFrom, OrgUnitChange change, String name, DivisionCode divisionCode,
                 Long coveredWorkers, Long coveredEnterprises, OrgUnit successor, String recordedBy,
                 OffsetDateTime recordedAt) {
        this.orgUnit = Objects.requireNonNull(orgUnit, "orgUnit");
        this.validFrom = Objects.requireNonNull(validFrom, "validFrom");
        this.change = Objects.requireNonNull(change, "change");
        this.name = Objects.requireNonNull(name, "name");
        this.divisionCode = Objects.requireNonNull(divisionCode, "divisionCode");
        this.coveredWorkers = coveredWorkers;
        this.coveredEnterprises = coveredEnterprises;
        this.successor = successor;
        this.recordedBy = recordedBy;
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /** Half-open: covers {@code validFrom} up to, not including, {@code validTo}. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
    }

    public boolean isOpen() {
        return validTo == null;
    }

    void closeOn(LocalDate date) {
        this.validTo = date;
    }

    /** A second change on the day the state began replaces that day's values instead of adding a day-long state. */
    void correct(String newName, DivisionCode code, Long workers, Long enterprises, String by) {
        this.name = newName;
        this.divisionCode = code;
        this.coveredWorkers = workers;
        this.coveredEnterprises = enterprises;
        this.recordedBy = by;
        this.recordedAt = OffsetDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public OrgUnit getOrgUnit() {
        return orgUnit;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public String getName() {
        return name;
    }

    public DivisionCode getDivisionCode() {
        return divisionCode;
    }

    public Long getCoveredWorkers() {
        return coveredWorkers;
    }

    public Long getCoveredEnterprises() {
        return coveredEnterprises;
    }

    public OrgUnitChange getChange() {
        return change;
    }

    public OrgUnit getSuccessor() {
        return successor;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }

    @Override
    public String toString() {
        return "OrgUnitState[" + change + " " + validFrom + ".." + validTo + "]";
    }
}
