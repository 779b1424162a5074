package org.unionworks.organization.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.unionworks.organization.model.DivisionCatalogue;
import org.unionworks.organization.model.DivisionCode;
import org.unionworks.organization.model.Occupancy;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.organization.model.OrgUnit;
import org.unionworks.organization.model.OrgUnitDependents;
import org.unionworks.organization.model.OrgUnitRepository;
import org.unionworks.security.application.AuditFailures;
import org.unionworks.security.application.AuditTrail;
import org.unionworks.security.application.CurrentCaller;
import org.unionworks.security.model.AuditAction;
import org.unionworks.security.model.AuditDetail;
import org.unionworks.security.model.AuditOutcome;
import org.unionworks.security.model.Roles;
import org.unionworks.shared.model.ConcurrentEditException;
import org.unionworks.shared.model.DomainException;
import org.unionworks.shared.model.NotFoundException;

/**
 * Organisation management use cases. Units are found only within the caller's subtree (an id
 * outside it is "not found"); the caller's own unit may be edited but not merged or dissolved,
 * which only the level above may decide.
 */
@Stateless
@Interceptors(AuditFailures.class)
public class DefaultOrgManagementService implements OrgManagementService {

    static final String TYPE = "OrgUnit";

    @Inject
    OrgUnitRepository units;

    @Inject
    OrgUnitDependents dependents;

    @Inject
    DivisionCatalogue divisions;

    @Inject
    OrganizationSettings settings;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @PersistenceContext(unitName = "unionworks")
    EntityManager em;

    @Override
    @RolesAllowed(Roles.UNION_OFFICIAL)
    public OrgUnitDetails create(NewOrgUnitForm form) {
        OrgScope scope = caller.scope();
        String by = caller.get().username();
        OrgUnit parent = unitInScope(scope, form.parentId());
        OrgUnit child = parent.foundChild(form.type(), form.name(), catalogued(form.divisionCode()),
                        form.coveredWorkers())
                .coveringEnterprises(form.coveredEnterprises())
                .foundedOn(form.foundedOn());
        units.add(child);
        child.recordFounding(by);
        child.touch(by);
        em.flush();
        audit.record(AuditAction.ORG_UNIT_CREATED, TYPE, child.getId(), AuditOutcome.SUCCESS,
                AuditDetail.of("orgUnitCreated", parent.getId(), "#" + child.getType().labelKey(), form.foundedOn()));
        return details(scope, child);
    }

    @Override
    @RolesAllowed(Roles.UNION_OFFICIAL)
    public OrgUnitDetails update(OrgUnitEditForm form) {
        OrgScope scope = caller.scope();
        String by = caller.get().username();
        OrgUnit unit = loadForChange(scope, form.id(), form.version());
        DivisionCode code = DivisionCode.of(form.divisionCode());
        boolean renumbered = !code.equals(unit.getDivisionCode());
        Set<String> changed = unit.amend(form.name(), renumbered ? catalogued(form.divisionCode()) : code,
                renumbered ? units.children(scope, unit.getId()) : List.of(), form.coveredWorkers(),
                form.coveredEnterprises(), form.effectiveOn(), by);
        if (changed.isEmpty()) {
            return details(scope, unit);
        }
        unit.touch(by);
        flush(unit);
        if (changed.contains("divisionCode")) {
            dependents.renumbered(unit);
        }
        audit.record(AuditAction.ORG_UNIT_UPDATED, TYPE, unit.getId(), AuditOutcome.SUCCESS,
                AuditDetail.of("orgUnitUpdated", AuditDetail.labels(changed.stream().map(f -> "orgField." + f).toList()),
                        form.effectiveOn()));
        return details(scope, unit);
    }

    @Override
    @RolesAllowed(Roles.UNION_OFFICIAL)
    public OrgUnitDetails merge(long id, long version, long successorId, LocalDate date) {
        OrgScope scope = caller.scope();
        String by = caller.get().username();
        OrgUnit unit = loadForEnding(scope, id, version);
        OrgUnit successor = unitInScope(scope, successorId);
        unit.mergeInto(successor, date, occupancy(unit, date), by);
        Occupancy moved = dependents.moveToSuccessor(unit, successor, date, by);
        unit.touch(by);
        flush(unit);
        audit.record(AuditAction.ORG_UNIT_MERGED, TYPE, unit.getId(), AuditOutcome.SUCCESS,
                AuditDetail.of("orgUnitMerged", successor.getId(), date, moved.openPosts(), moved.activeProfessionals(),
                        moved.supervisedSocialOrgs()));
        return details(scope, unit);
    }

    @Override
    @RolesAllowed(Roles.UNION_OFFICIAL)
    public OrgUnitDetails dissolve(long id, long version, LocalDate date) {
        OrgScope scope = caller.scope();
        String by = caller.get().username();
        OrgUnit unit = loadForEnding(scope, id, version);
        unit.dissolve(date, occupancy(unit, date), by);
        unit.touch(by);
        flush(unit);
        audit.record(AuditAction.ORG_UNIT_DISSOLVED, TYPE, unit.getId(), AuditOutcome.SUCCESS,
                AuditDetail.of("orgUnitDissolved", date));
        return details(scope, unit);
    }

    @Override
    @RolesAllowed({Roles.UNION_OFFICIAL, Roles.LABOR_DEPT, Roles.FINANCE, Roles.SYSTEM_ADMIN, Roles.SECURITY_ADMIN,
            Roles.AUDIT_ADMIN})
    public OrgUnitDetails details(long id) {
        OrgScope scope = caller.scope();
        return details(scope, unitInScope(scope, id));
    }

    @Override
    @RolesAllowed({Roles.UNION_OFFICIAL, Roles.LABOR_DEPT, Roles.FINANCE, Roles.SYSTEM_ADMIN, Roles.SECURITY_ADMIN,
            Roles.AUDIT_ADMIN})
    public Optional<OrgUnitStateView> stateOn(long id, LocalDate date) {
        OrgScope scope = caller.scope();
        return unitInScope(scope, id).stateOn(date).map(s -> OrgUnitStateView.of(s, scope));
    }

    private OrgUnitDetails details(OrgScope scope, OrgUnit unit) {
        long children = units.childCounts(scope, List.of(unit.getId())).getOrDefault(unit.getId(), 0L);
        return new OrgUnitDetails(OrgUnitView.of(unit, children, scope),
                unit.history().stream().map(s -> OrgUnitStateView.of(s, scope)).toList());
    }

    private Occupancy occupancy(OrgUnit unit, LocalDate date) {
        return dependents.occupancy(unit).withActiveChildren(units.countActiveChildren(unit, date));
    }

    /** A code of the GB/T 2260 edition in force ({@code 100000} for national bodies, which the standard does not list). */
    private DivisionCode catalogued(String raw) {
        DivisionCode code = DivisionCode.of(raw);
        if (code != DivisionCode.NATIONAL && !divisions.contains(settings.divisionEdition(), code)) {
            throw new DomainException("organization.divisionCode.notInCatalogue", "code not in the edition in force",
                    code.value(), settings.divisionEdition());
        }
        return code;
    }

    private OrgUnit unitInScope(OrgScope scope, long id) {
        return units.find(scope, id).orElseThrow(() -> new NotFoundException(TYPE, id));
    }

    /** Loads for a change and refuses it when someone saved since the caller loaded the unit. */
    private OrgUnit loadForChange(OrgScope scope, long id, long version) {
        OrgUnit unit = unitInScope(scope, id);
        if (unit.getVersion() != version) {
            throw new ConcurrentEditException(TYPE, id, unit.getUpdatedBy(), unit.getUpdatedAt());
        }
        return unit;
    }

    /** Whether the caller's own unit ends is decided above it. */
    private OrgUnit loadForEnding(OrgScope scope, long id, long version) {
        if (id == caller.get().orgUnitId()) {
            throw new DomainException("organization.scopeRoot.protected", "the caller's own unit cannot be ended by them");
        }
        return loadForChange(scope, id, version);
    }

    /** The version check above and this flush together: a save racing ours between them loses here. */
    private void flush(OrgUnit unit) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException(TYPE, unit.getId());
        }
    }
}
