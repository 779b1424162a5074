package org.unionworks.registry.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
 * Computes the dashboard from a handful of aggregates. The norm applies {@link StaffingNormPolicy} to every
 * active grassroots hub of the scope (the policy stays the one place the rule lives) against the people of that
 * hub's subtree; regions are the scope root's direct sub-units, plus the root's own level for people registered
 * there directly.
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
        Map<String, Long> byUnit = statistics.activeByUnitPath(scope);
        WorkforceStatistics.Headcount headcount = statistics.headcount(scope);
        long yearAgo = statistics.inWorkforceOn(scope, today.minusYears(1));
        long now = statistics.inWorkforceOn(scope, today);
        long left = statistics.leftBetween(scope, today.minusYears(1).plusDays(1), today);

        Map<String, Long> atHub = rollUp(byUnit, hubs.stream().map(Hub::path).collect(Collectors.toSet()));
        List<OrgUnit> children = units.children(scope, me.orgUnitId()).stream().filter(c -> c.isActiveOn(today)).toList();
        Map<String, Long> inRegion = rollUp(byUnit, children.stream().map(OrgUnit::getPath).collect(Collectors.toSet()));

        List<WorkforceFigures.Region> regions = new ArrayList<>();
        long activeInRegions = 0;
        WorkforceFigures.Staffing inRegions = WorkforceFigures.Staffing.NONE;
        for (OrgUnit child : children) {
            OrgScope region = child.scope();
            long active = inRegion.getOrDefault(child.getPath(), 0L);
            WorkforceFigures.Staffing staffing = staffing(hubs.stream().filter(h -> region.contains(h.path())).toList(),
                    atHub);
            regions.add(new WorkforceFigures.Region(child.getId(), child.getName(), active, staffing));
            activeInRegions += active;
            inRegions = inRegions.plus(staffing);
        }
        WorkforceFigures.Staffing total = staffing(hubs, atHub);
        if (headcount.active() > activeInRegions || total.hubs() > inRegions.hubs()) {
            // people registered at the scope's own level (and hubs directly under it, if any)
            regions.add(new WorkforceFigures.Region(me.orgUnitId(), me.orgUnitName(), headcount.active() - activeInRegions,
                    new WorkforceFigures.Staffing(total.hubs() - inRegions.hubs(),
                            total.hubsMeetingNorm() - inRegions.hubsMeetingNorm(), total.target() - inRegions.target(),
                            total.atHubs() - inRegions.atHubs(), total.gap() - inRegions.gap())));
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

    /** Each hub against its own quota, counting the people of its whole subtree (communities, enterprises). */
    private WorkforceFigures.Staffing staffing(List<Hub> hubs, Map<String, Long> activeAtHub) {
        long target = 0;
        long atHubs = 0;
        long meeting = 0;
        long gap = 0;
        for (Hub hub : hubs) {
            long quota = staffingNorm.quota(hub.type(), hub.coveredWorkers());
            long active = activeAtHub.getOrDefault(hub.path(), 0L);
            target += quota;
            atHubs += active;
            meeting += active >= quota ? 1 : 0;
            gap += Math.max(0, quota - active);
        }
        return new WorkforceFigures.Staffing(hubs.size(), meeting, target, atHubs, gap);
    }

    /**
     * Adds each unit's count to the root (among {@code roots}) whose subtree holds it: one walk up each unit's
     * path, so the cost grows with units times depth, not units times roots.
     */
    static Map<String, Long> rollUp(Map<String, Long> countByPath, Set<String> roots) {
        Map<String, Long> totals = new HashMap<>();
        for (Map.Entry<String, Long> unit : countByPath.entrySet()) {
            String path = unit.getKey();
            for (int end = path.indexOf('/', 1); end > 0; end = path.indexOf('/', end + 1)) {
                String prefix = path.substring(0, end + 1);
                if (roots.contains(prefix)) {
                    totals.merge(prefix, unit.getValue(), Long::sum);
                    break;
                }
            }
        }
        return totals;
    }
}
