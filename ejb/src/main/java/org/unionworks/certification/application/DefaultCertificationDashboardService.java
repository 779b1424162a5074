package org.unionworks.certification.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.unionworks.certification.model.CertificateLevel;
import org.unionworks.certification.model.CertificationList;
import org.unionworks.certification.model.CertificationRepository;
import org.unionworks.education.application.ComplianceReport;
import org.unionworks.education.application.ComplianceService;
import org.unionworks.education.model.OrgCompliance;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.security.application.Caller;
import org.unionworks.security.application.CurrentCaller;
import org.unionworks.security.model.Roles;
import org.unionworks.shared.model.ChinaTime;
import org.unionworks.shared.model.Percent;

/**
 * Counts the dashboard in a handful of SQL aggregates over the caller's scope: one per level, one per worklist (the
 * lists' own counting queries, so the dashboard and the list pages cannot disagree) and the compliance report the
 * CE filing prints. Finance reads it too: it names nobody.
 */
@Stateless
@RolesAllowed({Roles.UNION_OFFICIAL, Roles.LABOR_DEPT, Roles.FINANCE})
public class DefaultCertificationDashboardService implements CertificationDashboardService {

    /** Units listed as missing the most people. */
    static final int MOST_SHORT = 5;

    @Inject
    CertificationRepository certification;

    @Inject
    ComplianceService compliance;

    @Inject
    CertificationSettings settings;

    @Inject
    CurrentCaller caller;

    @Override
    public CertificationFigures figures() {
        Caller me = caller.get();
        OrgScope scope = me.scope();
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        long active = certification.activeProfessionals(scope);
        Map<CertificateLevel, Long> held = certification.certifiedByLevel(scope);
        List<CertificationFigures.LevelCount> byLevel = Arrays.stream(CertificateLevel.values())
                .map(level -> {
                    long count = held.getOrDefault(level, 0L);
                    return new CertificationFigures.LevelCount(level, count, Percent.of(count, active));
                }).toList();
        Map<CertificationList, Long> lists = new EnumMap<>(CertificationList.class);
        for (CertificationList list : CertificationList.values()) {
            lists.put(list, certification.count(scope, list, null, settings.titlePolicy(), today));
        }
        ComplianceReport ce = compliance.report();
        List<OrgCompliance> mostShort = ce.units().stream().filter(u -> u.shortOfHours() > 0)
                .sorted(Comparator.comparingLong(OrgCompliance::shortOfHours).reversed()
                        .thenComparing(OrgCompliance::orgUnitName))
                .limit(MOST_SHORT).toList();
        return new CertificationFigures(me.orgUnitName(), active, byLevel, lists, ce.total(), mostShort,
                ce.dueSoonDays());
    }
}
