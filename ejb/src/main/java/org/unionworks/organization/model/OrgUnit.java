package org.unionworks.organization.model;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.unionworks.shared.model.DomainException;

/**
 * A union body or service agency in the organisation tree. Its materialised path
 * ({@code /1000/1050/}) makes "the subtree of X" one indexed prefix query on every database.
 * Name, division code and covered numbers are effective-dated ({@link OrgUnitState}): the fields here are the
 * values in force today, the states say what they were on any earlier day. Units never move in
 * the tree and are never deleted; a merger or dissolution ends them and keeps their history.
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

    /** Oldest first. Empty for units recorded before effective dating: {@link #history()} fills in. */
    @OneToMany(mappedBy = "orgUnit", cascade = CascadeType.PERSIST)
    @OrderBy("validFrom ASC")
    private List<OrgUnitState> states = new ArrayList<>();

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by", length = 64)
    private String updatedBy;

    protected OrgUnit() {
        // for JPA
    }

    private OrgUnit(OrgUnit parent, OrgUnitType type, String name, DivisionCode divisionCode, Long coveredWorkers) {
        this.parent = parent;
        this.type = Objects.requireNonNull(type, "type");
        this.divisionCode = Objects.requireNonNull(divisionCode, "divisionCode");
        requireLevelFits(type, divisionCode);
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
        requireInside(childDivision);
        return new OrgUnit(this, childType, childName, childDivision, coveredWorkers);
    }

    private static void requireLevelFits(OrgUnitType type, DivisionCode code) {
        type.requiredDivisionLevel().filter(level -> level != code.level()).ifPresent(level -> {
            throw new DomainException("organization.divisionCode.levelMismatch",
                    type + " needs a " + level + "-level division code, not " + code, code.value());
        });
    }

    /** A unit's division lies within its parent's. */
    private void requireInside(DivisionCode childDivision) {
        if (!divisionCode.contains(childDivision)) {
            throw new DomainException("organization.divisionCode.outsideParent",
                    childDivision + " is outside " + divisionCode, childDivision.value(), divisionCode.value());
        }
    }

    /** Called once the id is assigned (after persist, before flush): fixes the node's place in the tree. */
    public void placeInTree() {
        if (id == null) {
            throw new IllegalStateException("persist before placing in the tree");
        }
        this.path = (parent == null ? "/" : parent.path) + id + "/";
    }

    /**
     * Sets the founding date of a unit not yet in use (a new unit, or one being seeded from
     * records): not in the future, and within the period in which the parent exists.
     */
    public OrgUnit foundedOn(LocalDate date) {
        if (date == null || (parent != null && date.isBefore(parent.validFrom))) {
            throw new DomainException("organization.validFrom.invalid", "founding date missing or before the parent's");
        }
        requireNotFuture(date);
        if (parent != null && parent.validTo != null && !date.isBefore(parent.validTo)) {
            throw new DomainException("organization.parent.ended", "the parent no longer exists on that date",
                    parent.name);
        }
        this.validFrom = date;
        return this;
    }

    /** Starts the effective-dated history of a new unit with its founding state (after {@link #foundedOn}). */
    public void recordFounding(String by) {
        if (!states.isEmpty()) {
            throw new IllegalStateException("history of " + this + " already started");
        }
        states.add(new OrgUnitState(this, validFrom, OrgUnitChange.FOUNDED, name, divisionCode, coveredWorkers,
                coveredEnterprises, null, by, OffsetDateTime.now()));
    }

    /** {@link #amend(String, DivisionCode, Collection, Long, Long, LocalDate, String)} keeping the division code. */
    public Set<String> amend(String newName, Long workers, Long enterprises, LocalDate effectiveOn, String by) {
        return amend(newName, divisionCode, List.of(), workers, enterprises, effectiveOn, by);
    }

    /**
     * Gives the unit a new name, division code and covered numbers from {@code effectiveOn}: the
     * state in force until then is closed and a new one opened, so "as of" an earlier day still
     * reads the old values (an area renumbered in a new GB/T 2260 edition keeps its old code for
     * the days before). A change dated the day the latest state began corrects that state; a
     * change dated before it would rewrite history and is refused. A new code must fit the unit's
     * level, lie in the parent's division and still contain the codes of the active children.
     *
     * @return the names of the fields that changed ({@code divisionCode}, {@code name},
     *         {@code coveredWorkers}, {@code coveredEnterprises}); empty when nothing did, and then
     *         nothing is recorded
     */
    public Set<String> amend(String newName, DivisionCode code, Collection<OrgUnit> children, Long workers,
                             Long enterprises, LocalDate effectiveOn, String by) {
        requireNotEnded();
        String trimmed = validName(newName);
        Objects.requireNonNull(code, "divisionCode");
        requireNotNegative(workers, "organization.coveredWorkers.negative");
        requireNotNegative(enterprises, "organization.coveredEnterprises.negative");
        Set<String> changed = new LinkedHashSet<>();
        if (!code.equals(divisionCode)) {
            requireDivisionFits(code, children);
            changed.add("divisionCode");
        }
        if (!trimmed.equals(name)) {
            changed.add("name");
        }
        if (!Objects.equals(workers, coveredWorkers)) {
            changed.add("coveredWorkers");
        }
        if (!Objects.equals(enterprises, coveredEnterprises)) {
            changed.add("coveredEnterprises");
        }
        if (changed.isEmpty()) {
            return changed;
        }
        OrgUnitState latest = requireEffectiveDate(effectiveOn, false);
        if (effectiveOn.equals(latest.getValidFrom())) {
            latest.correct(trimmed, code, workers, enterprises, by);
        } else {
            latest.closeOn(effectiveOn);
            states.add(new OrgUnitState(this, effectiveOn, OrgUnitChange.AMENDED, trimmed, code, workers, enterprises,
                    null, by, OffsetDateTime.now()));
        }
        this.name = trimmed;
        this.divisionCode = code;
        this.coveredWorkers = workers;
        this.coveredEnterprises = enterprises;
        return changed;
    }

    private void requireDivisionFits(DivisionCode code, Collection<OrgUnit> children) {
        requireLevelFits(type, code);
        if (parent != null) {
            parent.requireInside(code);
        }
        for (OrgUnit child : children) {
            if (child.validTo == null && !code.contains(child.divisionCode)) {
                throw new DomainException("organization.divisionCode.childOutside",
                        "child " + child + " lies outside " + code, code.value(), child.name, child.divisionCode.value());
            }
        }
    }

    /**
     * Merges this unit into {@code target} from {@code date}: this unit stops existing but
     * keeps its id, path and history, so postings and reports of earlier dates still point at
     * it (a district merger must not rewrite history). Child units cannot follow (paths never
     * change): they must be merged or dissolved first.
     */
    public void mergeInto(OrgUnit target, LocalDate date, Occupancy occupancy, String by) {
        if (target == null || target.equals(this) || target.type != type) {
            throw new DomainException("organization.merge.invalidTarget", "merge target must be another unit of the same kind");
        }
        if (date == null || !target.isActiveOn(date)) {
            throw new DomainException("organization.merge.targetDissolved", "merge target does not exist on that date",
                    target.getName());
        }
        if (occupancy.activeChildren() > 0) {
            throw new DomainException("organization.merge.activeChildren", "unit still has active children",
                    name, occupancy.activeChildren());
        }
        end(date, OrgUnitChange.MERGED, target, by);
        this.successor = target;
    }

    /**
     * The unit is dissolved from {@code date}; its records stay for history. Refused while
     * anything still hangs on it: people and posts would be left in a unit that no longer exists.
     */
    public void dissolve(LocalDate date, Occupancy occupancy, String by) {
        if (!occupancy.isEmpty()) {
            throw new DomainException("organization.dissolve.occupied", "unit still has children, posts, people or"
                    + " supervised organisations", name, occupancy.activeChildren(), occupancy.openPosts(),
                    occupancy.activeProfessionals(), occupancy.supervisedSocialOrgs());
        }
        end(date, OrgUnitChange.DISSOLVED, null, by);
    }

    private void end(LocalDate date, OrgUnitChange change, OrgUnit next, String by) {
        requireNotEnded();
        if (date == null || !date.isAfter(validFrom)) {
            throw new DomainException("organization.endDate.invalid", "end date must follow the founding date");
        }
        OrgUnitState latest = requireEffectiveDate(date, true);
        latest.closeOn(date);
        states.add(new OrgUnitState(this, date, change, name, divisionCode, null, null, next, by,
                OffsetDateTime.now()));
        this.validTo = date;
        // today it covers nobody (the successor does); the covered numbers stay in its earlier states
        this.coveredWorkers = null;
        this.coveredEnterprises = null;
    }

    /**
     * The state in force, after checking that a change may take effect on {@code date}: not in
     * the future, not before the founding date, and not before the state in force began
     * ({@code strictlyAfter}: not on that day either).
     */
    private OrgUnitState requireEffectiveDate(LocalDate date, boolean strictlyAfter) {
        if (date == null || date.isBefore(validFrom)) {
            throw new DomainException("organization.effectiveDate.beforeFounding",
                    "effective date missing or before the founding date", validFrom);
        }
        requireNotFuture(date);
        if (states.isEmpty()) {
            states.add(legacyFounding());
        }
        OrgUnitState latest = states.get(states.size() - 1);
        if (date.isBefore(latest.getValidFrom()) || (strictlyAfter && date.equals(latest.getValidFrom()))) {
            throw new DomainException("organization.effectiveDate.beforeLatest",
                    "a change cannot take effect before the state in force began", latest.getValidFrom());
        }
        return latest;
    }

    private static void requireNotFuture(LocalDate date) {
        if (date.isAfter(LocalDate.now())) {
            throw new DomainException("organization.effectiveDate.future", "changes are recorded once they happened");
        }
    }

    private void requireNotEnded() {
        if (validTo != null) {
            throw new DomainException("organization.alreadyEnded", "unit already merged or dissolved", name);
        }
    }

    /** The founding state of a unit recorded before effective dating, made up from its fields. */
    private OrgUnitState legacyFounding() {
        return new OrgUnitState(this, validFrom, OrgUnitChange.FOUNDED, name, divisionCode, coveredWorkers,
                coveredEnterprises, null, null, createdAt);
    }

    /** The unit's states, oldest first; the last one is in force today (or marks the unit's end). */
    public List<OrgUnitState> history() {
        return states.isEmpty() ? List.of(legacyFounding()) : List.copyOf(states);
    }

    /** What the unit was on {@code date}; empty before it was founded. */
    public Optional<OrgUnitState> stateOn(LocalDate date) {
        return history().stream().filter(s -> s.covers(date)).findFirst();
    }

    /** Who changed the unit last, for the optimistic-locking refusal. */
    public void touch(String by) {
        this.updatedAt = OffsetDateTime.now();
        this.updatedBy = by;
    }

    /** Half-open validity: exists from {@code validFrom} up to, not including, {@code validTo}. */
    public boolean isActiveOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
    }

    private void rename(String newName) {
        this.name = validName(newName);
    }

    private void changeCoveredWorkers(Long workers) {
        requireNotNegative(workers, "organization.coveredWorkers.negative");
        this.coveredWorkers = workers;
    }

    /** Sets the covered enterprises of a unit being founded; once its history started, {@link #amend} dates the change. */
    public OrgUnit coveringEnterprises(Long enterprises) {
        if (!states.isEmpty()) {
            throw new IllegalStateException("history of " + this + " started: amend it instead");
        }
        requireNotNegative(enterprises, "organization.coveredEnterprises.negative");
        this.coveredEnterprises = enterprises;
        return this;
    }

    private static String validName(String newName) {
        String trimmed = newName == null ? "" : newName.strip();
        if (trimmed.isEmpty() || trimmed.length() > 200) {
            throw new DomainException("organization.name.invalid", "name must have 1..200 characters");
        }
        return trimmed;
    }

    private static void requireNotNegative(Long count, String messageKey) {
        if (count != null && count < 0) {
            throw new DomainException(messageKey, "a covered number cannot be negative");
        }
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

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
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
