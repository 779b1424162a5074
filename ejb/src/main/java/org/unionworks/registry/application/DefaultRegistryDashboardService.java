package org.unionworks.registry.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.organization.model.OrgUnit;
import org.unionworks.organization.model.OrgUnitRepository;
import org.unionworks.organization.model.StaffingNormPolicy;
import org.unionworks.registry.model.EmploymentMode;
import org.unionworks.registry.model.ServiceField;
import org.unionworks.registry.model.WorkforceStatistics;
import org.unionworks.registry.model.WorkforceStatistics.Hub;
import org.unionworks.security.application.Caller;
import org.unionworks.security.application.CurrentCaller;
import org.unionworks.security.model.Roles;

/**
 * Computes the dashboard from a handful of aggregates. The target applies {@link StaffingNormPolicy} to every
 * active grassroots hub of the scope (the policy stays the one place the rule lives); regions are the scope
 * root's direct sub-units, plus the root's own level for people registered there directly.
 */
@Stateless
@RolesAllowed({Roles.UNION_OFFICIAL, Roles.LABOR_DEPT, Roles.FINANCE})
public class DefaultRegistryDashboardService implements RegistryDashboardService {

    @Inject
    WorkforceStatistics statistics;

    @Inject
    OrgUnitRepository units;

    @Inject
    StaffingNormPolicy staffingNorm;

    @Inject
    CurrentCaller caller;

    @Override
    public WorkforceFigures figures() {
        Caller me = caller.get();
        OrgScope scope = me.scope();
        LocalDate today = LocalDate.now();
        List<Hub> hubs = statistics.hubs(scope, today);
        WorkforceStatistics.Headcount headcount = statistics.headcount(scope);
        long yearAgo = statistics.inWorkforceOn(scope, today.minusYears(1));
        long now = statistics.inWorkforceOn(scope, today);
        long left = statistics.leftBetween(scope, today.minusYears(1).plusDays(1), today);

        List<WorkforceFigures.Region> regions = new ArrayList<>();
        long inRegions = 0;
        long targetInRegions = 0;
        for (OrgUnit child : units.children(scope, me.orgUnitId())) {
            if (!child.isActiveOn(today)) {
                continue;
            }
            OrgScope region = child.scope();
            long active = statistics.headcount(region).active();
            long target = target(hubs.stream().filter(h -> region.contains(h.path())).toList());
            regions.add(new WorkforceFigures.Region(child.getId(), child.getName(), active, target));
            inRegions += active;
            targetInRegions += target;
        }
        long total = target(hubs);
        if (headcount.active() > inRegions || total > targetInRegions) {
            regions.add(new WorkforceFigures.Region(me.orgUnitId(), me.orgUnitName(), headcount.active() - inRegions,
                    total - targetInRegions));
        }

        Map<ServiceField, Long> byField = statistics.activeByServiceField(scope);
        List<WorkforceFigures.Slice> fields = new ArrayList<>();
        Arrays.stream(ServiceField.values())
                .forEach(f -> fields.add(new WorkforceFigures.Slice(f.labelKey(), byField.getOrDefault(f, 0L))));
        fields.add(new WorkforceFigures.Slice("dashboard.notPosted", byField.getOrDefault(null, 0L)));
        Map<EmploymentMode, Long> byMode = statistics.activeByEmploymentMode(scope);
        List<WorkforceFigures.Slice> modes = Arrays.stream(EmploymentMode.values())
                .map(m -> new WorkforceFigures.Slice(m.labelKey(), byMode.getOrDefault(m, 0L))).toList();

        return new WorkforceFigures(me.orgUnitName(), headcount.active(), total, headcount.socialWorkMajors(), null,
                left, (yearAgo + now) / 2, regions, fields, modes);
    }

    private long target(List<Hub> hubs) {
        return hubs.stream().mapToLong(h -> staffingNorm.quota(h.type(), h.coveredWorkers())).sum();
    }
}
