package org.unionworks.education.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.unionworks.education.model.ComplianceStatistics;
import org.unionworks.education.model.KeptHoursPolicy;
import org.unionworks.education.model.OrgCompliance;
import org.unionworks.education.model.ProvincialCreditTable;
import org.unionworks.organization.model.DivisionCode;
import org.unionworks.organization.model.OrgUnit;
import org.unionworks.organization.model.OrgUnitRepository;
import org.unionworks.reports.ComplianceRow;
import org.unionworks.reports.FilingHeader;
import org.unionworks.reports.RecordFiling;
import org.unionworks.reports.ReportFormat;
import org.unionworks.reports.ReportRenderer;
import org.unionworks.security.application.AuditFailures;
import org.unionworks.security.application.AuditTrail;
import org.unionworks.security.application.Caller;
import org.unionworks.security.application.CurrentCaller;
import org.unionworks.security.model.AuditAction;
import org.unionworks.security.model.AuditDetail;
import org.unionworks.security.model.AuditOutcome;
import org.unionworks.security.model.Roles;
import org.unionworks.shared.model.ChinaTime;

/**
 * Compliance of the caller's subtree. No transaction of its own: the count reads, then keeping the hours it had to
 * compute in place runs in a transaction of its own (minutes for the nation the first time, docs/benchmarks.md), each
 * within its own time, so a first national report is slow but never cut off by the transaction timeout.
 */
@Stateless
@Interceptors(AuditFailures.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultComplianceService implements ComplianceService {

    static final String TYPE = "CeCompliance";
    private static final Logger LOG = Logger.getLogger(DefaultComplianceService.class.getName());

    @Inject
    ComplianceStatistics statistics;

    @Inject
    EducationSettings settings;

    @Inject
    OrgUnitRepository orgUnits;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    ReportRenderer renderer;

    /** Aggregates without names: finance reads them on the dashboard too. */
    @Override
    @RolesAllowed({Roles.UNION_OFFICIAL, Roles.LABOR_DEPT, Roles.FINANCE})
    public ComplianceReport report() {
        return report(caller.get(), LocalDate.now(ChinaTime.ZONE));
    }

    @Override
    @RolesAllowed({Roles.UNION_OFFICIAL, Roles.LABOR_DEPT})
    public long filing(ReportFormat format, Locale locale, OutputStream out) {
        Caller me = caller.get();
        ComplianceReport report = report(me, LocalDate.now(ChinaTime.ZONE));
        List<ComplianceRow> rows = report.units().stream().map(DefaultComplianceService::row).toList();
        RecordFiling.COMPLIANCE.render(renderer, new FilingHeader(me.orgUnitName(), report.date(), locale),
                Map.of(RecordFiling.PARAM_DUE_SOON_DAYS, report.dueSoonDays()), rows.iterator(), format, out,
                () -> audit.recordIndependently(AuditAction.EXPORT, TYPE, me.orgUnitId(), AuditOutcome.SUCCESS,
                        AuditDetail.of("complianceExported", format.name(), rows.size())));
        return rows.size();
    }

    private ComplianceReport report(Caller me, LocalDate date) {
        ProvincialCreditTable credits = settings.credits();
        DivisionCode division = orgUnits.find(me.scope(), me.orgUnitId()).map(OrgUnit::getDivisionCode)
                .orElse(DivisionCode.NATIONAL);
        ComplianceStatistics.Counted counted = statistics.byOrganisation(me.scope(), division, date, DUE_SOON_DAYS,
                credits);
        List<OrgCompliance> units = counted.units();
        OrgCompliance total = OrgCompliance.total(me.orgUnitName(), division, units);
        if (KeptHoursPolicy.worthKeeping(counted.computedInPlace(), total.inCycle())) {
            // the next report of this subtree reads them kept
            try {
                statistics.keepEarnedHours(me.scope(), division, date, credits);
            } catch (RuntimeException e) {
                // e.g. another official's report writing the same rows: the figures above stand, nothing is lost
                LOG.log(Level.WARNING, "continuing-education hours not kept; the next report computes them again", e);
            }
        }
        return new ComplianceReport(date, DUE_SOON_DAYS, total, units);
    }

    private static ComplianceRow row(OrgCompliance unit) {
        return new ComplianceRow(unit.orgUnitName(), unit.divisionCode().value(), unit.inCycle(), unit.compliant(),
                unit.shortOfHours(), unit.shortDueSoon(), unit.shortfallHours(), unit.ratePercent());
    }
}
