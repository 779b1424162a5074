package org.unionworks.certification.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.unionworks.certification.model.CertificationReportFilter;
import org.unionworks.certification.model.CertificationReportRepository;
import org.unionworks.certification.model.CertificationReportRow;
import org.unionworks.certification.model.ReportScope;
import org.unionworks.certification.model.TitleEligibilityPolicy;
import org.unionworks.security.application.AccessDeniedException;
import org.unionworks.security.application.ApiClientService;
import org.unionworks.security.application.AuditTrail;
import org.unionworks.security.application.CurrentCaller;
import org.unionworks.security.model.AuditAction;
import org.unionworks.security.model.AuditDetail;
import org.unionworks.security.model.AuditOutcome;
import org.unionworks.security.model.Roles;

/**
 * Scopes the report on the server: an API client reads its jurisdiction, anyone else their organisation subtree.
 * Reads are audited as CERTIFICATIONS_PULLED with the format, filters and row count; a refused jurisdiction and a
 * stream broken off are audited in a transaction of their own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class DefaultCertificationReportService implements CertificationReportService {

    static final String TYPE = "CertificationReport";

    @Inject
    CertificationReportRepository reports;

    @Inject
    ApiClientService apiClients;

    @Inject
    CurrentCaller caller;

    @Inject
    CertificationSettings settings;

    @Inject
    AuditTrail audit;

    @Override
    @RolesAllowed({Roles.API_CLIENT, Roles.UNION_OFFICIAL, Roles.LABOR_DEPT})
    public CertificationReportPage page(CertificationReportFilter filter, long after, int offset, int limit,
                                        boolean withTotal) {
        if (after < 0 || offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("after and offset must be >= 0 and limit 1 to " + MAX_PAGE);
        }
        ReportScope scope = scopeFor(filter);
        List<CertificationReportRow> rows = reports.page(scope, filter, after, offset, limit);
        Long total = withTotal ? reports.count(scope, filter) : null;
        Long next = rows.size() == limit ? rows.get(rows.size() - 1).professionalId() : null;
        audit.record(AuditAction.CERTIFICATIONS_PULLED, TYPE, scope, AuditOutcome.SUCCESS,
                AuditDetail.of("certificationsPulled", "JSON", filter.describe(), rows.size()));
        return new CertificationReportPage(rows, total, next);
    }

    @Override
    @RolesAllowed({Roles.API_CLIENT, Roles.UNION_OFFICIAL, Roles.LABOR_DEPT})
    public long count(CertificationReportFilter filter) {
        ReportScope scope = scopeFor(filter);
        long total = reports.count(scope, filter);
        audit.record(AuditAction.CERTIFICATIONS_PULLED, TYPE, scope, AuditOutcome.SUCCESS,
                AuditDetail.of("certificationsPulled", "COUNT", filter.describe(), total));
        return total;
    }

    @Override
    @RolesAllowed({Roles.API_CLIENT, Roles.UNION_OFFICIAL, Roles.LABOR_DEPT})
    public long export(CertificationReportFilter filter, String format, RowSink sink) throws IOException {
        ReportScope scope = scopeFor(filter);
        long written = 0;
        try (Stream<CertificationReportRow> rows = reports.stream(scope, filter)) {
            Iterator<CertificationReportRow> it = rows.iterator();
            while (it.hasNext()) {
                sink.accept(it.next());
                written++;
            }
        } catch (IOException | RuntimeException e) {
            // the recipient went away or the read failed: say how far it got
            audit.recordIndependently(AuditAction.CERTIFICATIONS_PULLED, TYPE, scope, AuditOutcome.FAILURE,
                    AuditDetail.of("certificationsPulled", format, filter.describe(), written));
            throw e;
        }
        audit.record(AuditAction.CERTIFICATIONS_PULLED, TYPE, scope, AuditOutcome.SUCCESS,
                AuditDetail.of("certificationsPulled", format, filter.describe(), written));
        return written;
    }

    @Override
    @RolesAllowed({Roles.API_CLIENT, Roles.UNION_OFFICIAL, Roles.LABOR_DEPT})
    public void requireAdmitted(CertificationReportFilter filter) {
        scopeFor(filter);
    }

    @Override
    @RolesAllowed({Roles.API_CLIENT, Roles.UNION_OFFICIAL, Roles.LABOR_DEPT})
    public TitleEligibilityPolicy titlePolicy() {
        return settings.titlePolicy();
    }

    /** The caller's scope; a division outside an API client's jurisdiction is refused before anything is read. */
    private ReportScope scopeFor(CertificationReportFilter filter) {
        ReportScope scope = apiClients.current().map(c -> ReportScope.of(c.jurisdiction()))
                .orElseGet(() -> ReportScope.of(caller.scope()));
        if (!scope.admits(filter.division())) {
            audit.recordIndependently(AuditAction.CERTIFICATIONS_PULLED, TYPE, scope, AuditOutcome.DENIED,
                    AuditDetail.of("certificationsOutsideJurisdiction", filter.division().value(),
                            scope.jurisdiction().value()));
            throw new AccessDeniedException("division " + filter.division() + " outside " + scope);
        }
        return scope;
    }
}
