package org.unionworks.reporting.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.unionworks.organization.model.OrgUnit;
import org.unionworks.organization.model.OrgUnitRepository;
import org.unionworks.reports.FilingHeader;
import org.unionworks.reports.OrgRosterRow;
import org.unionworks.reports.ReportFormat;
import org.unionworks.reports.ReportRenderer;
import org.unionworks.security.application.Caller;
import org.unionworks.security.application.AuditFailures;
import org.unionworks.security.application.CurrentCaller;
import org.unionworks.security.application.AuditTrail;
import org.unionworks.security.model.AuditAction;
import org.unionworks.security.model.AuditDetail;
import org.unionworks.security.model.AuditOutcome;
import org.unionworks.security.model.Roles;
import org.unionworks.shared.application.Labels;

@Stateless
@Interceptors(AuditFailures.class)
@RolesAllowed({Roles.UNION_OFFICIAL, Roles.LABOR_DEPT, Roles.FINANCE})
public class DefaultOrgRosterService implements OrgRosterService {

    static final String TEMPLATE = "org-roster";

    @Inject
    OrgUnitRepository units;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    ReportRenderer renderer;

    @Override
    public int render(ReportFormat format, Locale locale, OutputStream out) {
        Caller me = caller.get();
        ResourceBundle labels = Labels.bundle(locale);
        List<OrgRosterRow> rows;
        try (Stream<OrgUnit> scoped = units.streamInTreeOrder(me.scope())) {
            rows = scoped.map(u -> new OrgRosterRow(u.getName(), labels.getString(u.getType().labelKey()),
                    u.getDivisionCode().value(), me.scope().contains(u.getParent()) ? u.getParent().getName() : null,
                    u.getCoveredWorkers())).toList();
        }
        // on record before a byte leaves the server, in its own transaction: an aborted download stays audited
        audit.recordIndependently(AuditAction.EXPORT, "OrgRoster", me.orgUnitId(), AuditOutcome.SUCCESS,
                AuditDetail.of("export", format, rows.size()));
        renderer.render(TEMPLATE, new FilingHeader(me.orgUnitName(), LocalDate.now(), locale), Map.of(), rows,
                format, out);
        return rows.size();
    }
}
