package org.unionworks.organization.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.List;
import java.util.Map;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.organization.model.OrgUnit;
import org.unionworks.organization.model.OrgUnitFilter;
import org.unionworks.organization.model.OrgUnitRepository;
import org.unionworks.organization.model.OrgUnitType;
import org.unionworks.security.application.AuditFailures;
import org.unionworks.security.application.CurrentCaller;
import org.unionworks.security.model.Roles;
import org.unionworks.shared.application.Page;
import org.unionworks.shared.application.PageRequest;
import org.unionworks.shared.model.NotFoundException;

@Stateless
@Interceptors(AuditFailures.class)
@RolesAllowed({Roles.UNION_OFFICIAL, Roles.LABOR_DEPT, Roles.FINANCE, Roles.SYSTEM_ADMIN, Roles.SECURITY_ADMIN,
        Roles.AUDIT_ADMIN})
public class DefaultOrgUnitService implements OrgUnitService {

    @Inject
    OrgUnitRepository units;

    @Inject
    CurrentCaller caller;

    @Override
    public Page<OrgUnitView> list(OrgUnitFilter filter, PageRequest page) {
        OrgScope scope = caller.scope();
        List<OrgUnit> found = units.findPage(scope, filter, page.offset(), page.size(), page.sortField(),
                page.ascending());
        return new Page<>(withChildCounts(scope, found), units.count(scope, filter), page.offset(), page.size());
    }

    @Override
    public long count(OrgUnitFilter filter) {
        return units.count(caller.scope(), filter);
    }

    @Override
    public OrgUnitView get(long id) {
        OrgScope scope = caller.scope();
        OrgUnit unit = units.find(scope, id).orElseThrow(() -> new NotFoundException("OrgUnit", id));
        return withChildCounts(scope, List.of(unit)).get(0);
    }

    @Override
    public OrgUnitView scopeRoot() {
        return get(caller.get().orgUnitId());
    }

    @Override
    public List<OrgUnitView> children(long parentId) {
        OrgScope scope = caller.scope();
        return withChildCounts(scope, units.children(scope, parentId));
    }

    @Override
    public ScopeSummary summary() {
        OrgScope scope = caller.scope();
        Map<OrgUnitType, Long> byType = units.countByType(scope);
        long total = byType.values().stream().mapToLong(Long::longValue).sum();
        return new ScopeSummary(caller.get().orgUnitName(), total, byType, units.sumCoveredWorkers(scope));
    }

    private List<OrgUnitView> withChildCounts(OrgScope scope, List<OrgUnit> found) {
        Map<Long, Long> counts = units.childCounts(scope, found.stream().map(OrgUnit::getId).toList());
        return found.stream().map(u -> OrgUnitView.of(u, counts.getOrDefault(u.getId(), 0L), scope)).toList();
    }
}
