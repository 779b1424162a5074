package org.unionworks.registry.application;

import java.math.BigDecimal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.organization.model.OrgUnit;
import org.unionworks.organization.model.OrgUnitRepository;
import org.unionworks.organization.model.StaffingNormPolicy;
import org.unionworks.registry.model.EmploymentMode;
import org.unionworks.registry.model.ServiceField;
import org.unionworks.registry.model.WorkforceStatistics;
import org.unionworks.registry.model.WorkforceStatistics.Grouping;
import org.unionworks.registry.model.WorkforceStatistics.Hub;
import org.unionworks.registry.model.WorkforceStatistics.Measure;
import org.unionworks.security.application.Caller;
import org.unionworks.security.application.CurrentCaller;
import org.unionworks.security.model.Roles;
import org.unionworks.shared.model.Percent;

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
        List<OrgUnit> children = units.children(scope, me.orgUnitId()).stream().filter(c -> c.isActiveOn(today)).toList();
        Set<String> childPaths = children.stream().map(OrgUnit::getPath).collect(Collectors.toSet());

        // each measure once per unit, rolled up to the regions; and once per employment mode
        Map<Measure, Map<String, Long>> perRegion = new EnumMap<>(Measure.class);
        Map<Measure, Long> inScope = new EnumMap<>(Measure.class);
        Map<String, Long> atHub = Map.of();
        for (Measure measure : Measure.values()) {
            Map<String, Long> perUnit = new HashMap<>();
            statistics.countBy(scope, measure, Grouping.UNIT_PATH, today).forEach((k, v) -> perUnit.put((String) k, v));
            perRegion.put(measure, rollUp(perUnit, childPaths));
            inScope.put(measure, perUnit.values().stream().mapToLong(Long::longValue).sum());
            if (measure == Measure.ACTIVE) {
                atHub = rollUp(perUnit, hubs.stream().map(Hub::path).collect(Collectors.toSet()));
            }
        }
        WorkforceFigures.Quality whole = quality(inScope::get);

        List<WorkforceFigures.Region> regions = new ArrayList<>();
        WorkforceFigures.Quality inRegionsQuality = WorkforceFigures.Quality.NONE;
        WorkforceFigures.Staffing inRegions = WorkforceFigures.Staffing.NONE;
        for (OrgUnit child : children) {
            OrgScope region = child.scope();
            WorkforceFigures.Quality quality = quality(m -> perRegion.get(m).getOrDefault(child.getPath(), 0L));
            WorkforceFigures.Staffing staffing = staffing(hubs.stream().filter(h -> region.contains(h.path())).toList(),
                    atHub);
            regions.add(new WorkforceFigures.Region(child.getId(), child.getName(), staffing, quality));
            inRegionsQuality = inRegionsQuality.plus(quality);
            inRegions = inRegions.plus(staffing);
        }
        WorkforceFigures.Staffing total = staffing(hubs, atHub);
        if (whole.active() > inRegionsQuality.active() || total.hubs() > inRegions.hubs()) {
            // people registered at the scope's own level (and hubs directly under it, if any)
            regions.add(new WorkforceFigures.Region(me.orgUnitId(), me.orgUnitName(),
                    new WorkforceFigures.Staffing(total.hubs() - inRegions.hubs(),
                            total.hubsMeetingNorm() - inRegions.hubsMeetingNorm(), total.target() - inRegions.target(),
                            total.atHubs() - inRegions.atHubs(), total.gap() - inRegions.gap()),
                    ownLevel(whole, inRegionsQuality)));
        }

        Map<ServiceField, Long> byField = statistics.activeByServiceField(scope);
        List<WorkforceFigures.Slice> fields = new ArrayList<>();
        Arrays.stream(ServiceField.values())
                .forEach(f -> fields.add(new WorkforceFigures.Slice(f.labelKey(), byField.getOrDefault(f, 0L))));
        fields.add(new WorkforceFigures.Slice("dashboard.notPosted", byField.getOrDefault(null, 0L)));
        Map<Measure, Map<Object, Long>> perMode = new EnumMap<>(Measure.class);
        for (Measure measure : Measure.values()) {
            perMode.put(measure, statistics.countBy(scope, measure, Grouping.EMPLOYMENT_MODE, today));
        }
        List<WorkforceFigures.Slice> modes = Arrays.stream(EmploymentMode.values())
                .map(m -> new WorkforceFigures.Slice(m.labelKey(), perMode.get(Measure.ACTIVE).getOrDefault(m, 0L)))
                .toList();
        List<WorkforceFigures.Group> modeQuality = Arrays.stream(EmploymentMode.values())
                .map(mode -> new WorkforceFigures.Group(mode.labelKey(),
                        quality(m -> perMode.get(m).getOrDefault(mode, 0L)))).toList();

        long certified = statistics.certifiedActive(scope);
        BigDecimal certifiedShare = Percent.of(certified, whole.active());
        return new WorkforceFigures(me.orgUnitName(), whole.active(), total, whole.socialWorkMajors(), certified,
                certifiedShare,
                whole.leftLast12Months(), whole.averageWorkforce(), regions, fields, modes, modeQuality);
    }

    /** One group's figures from its measures; the average workforce is the mean of a year ago and today. */
    private static WorkforceFigures.Quality quality(ToLongFunction<Measure> count) {
        return new WorkforceFigures.Quality(count.applyAsLong(Measure.ACTIVE),
                count.applyAsLong(Measure.SOCIAL_WORK_MAJORS), count.applyAsLong(Measure.LEFT_LAST_12_MONTHS),
                (count.applyAsLong(Measure.IN_WORKFORCE_YEAR_AGO) + count.applyAsLong(Measure.IN_WORKFORCE_TODAY)) / 2);
    }

    /** The scope's own level: what the whole scope has beyond its regions (its average workforce likewise). */
    static WorkforceFigures.Quality ownLevel(WorkforceFigures.Quality whole, WorkforceFigures.Quality inRegions) {
        WorkforceFigures.Quality rest = whole.minus(inRegions);
        return new WorkforceFigures.Quality(rest.active(), rest.socialWorkMajors(), rest.leftLast12Months(),
                Math.max(0, rest.averageWorkforce()));
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
