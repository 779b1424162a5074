package org.unionworks.certification.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicLong;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.unionworks.certification.model.CertificationReportFilter;
import org.unionworks.certification.model.CertificationReportRepository;
import org.unionworks.certification.model.CertificationReportRow;
import org.unionworks.certification.model.ReportScope;
import org.unionworks.certification.model.TitleEligibilityPolicy;
import org.unionworks.reports.CertificationRosterRow;
import org.unionworks.reports.FilingHeader;
import org.unionworks.reports.RecordFiling;
import org.unionworks.reports.ReportFormat;
import org.unionworks.reports.ReportRenderer;
import org.unionworks.security.application.AccessDeniedException;
import org.unionworks.security.application.ApiClientIdentity;
import org.unionworks.security.application.ApiClientService;
import org.unionworks.security.application.AuditTrail;
import org.unionworks.security.application.CurrentCaller;
import org.unionworks.security.model.AuditAction;
import org.unionworks.security.model.AuditDetail;
import org.unionworks.security.model.AuditOutcome;
import org.unionworks.security.model.Roles;
import org.unionworks.shared.application.Labels;
import org.unionworks.shared.model.ChinaTime;

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

    @Inject
    ReportRenderer renderer;

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
    public long filing(CertificationReportFilter filter, ReportFormat format, Locale locale, OutputStream out) {
        ReportScope scope = scopeFor(filter);
        String issuedBy = apiClients.current().map(ApiClientIdentity::issuedByName)
                .orElseGet(() -> caller.get().orgUnitName());
        ResourceBundle labels = Labels.bundle(locale);
        AtomicLong count = new AtomicLong();
        // on record once every row is read and before a byte leaves, in its own transaction: an aborted download
        // stays audited
        Runnable auditFiling = () -> audit.recordIndependently(AuditAction.CERTIFICATIONS_PULLED, TYPE, scope,
                AuditOutcome.SUCCESS, AuditDetail.of("certificationsPulled", format.name(), filter.describe(),
                        count.get()));
        try (Stream<CertificationReportRow> rows = reports.stream(scope, filter)) {
            Iterator<CertificationRosterRow> lines = rows.map(row -> rosterRow(row, labels))
                    .peek(row -> count.incrementAndGet()).iterator();
            RecordFiling.CERTIFICATION_ROSTER.render(renderer, new FilingHeader(issuedBy, LocalDate.now(ChinaTime.ZONE),
                    locale), Map.of(RecordFiling.PARAM_FILTERS, describe(filter, labels)), lines, format, out,
                    auditFiling);
        }
        return count.get();
    }

    private static CertificationRosterRow rosterRow(CertificationReportRow row, ResourceBundle labels) {
        return new CertificationRosterRow(row.fullName(), row.residentIdMasked(), row.orgUnitName(),
                row.divisionCode().value(), label(labels, row.level() == null ? null : row.level().labelKey()),
                row.certificateNumber(), row.issuedOn(),
                label(labels, row.registrationStatus() == null ? null : row.registrationStatus().labelKey()),
                row.registeredFrom(), row.registeredUntil(),
                label(labels, row.titleLevel() == null ? null : row.titleLevel().labelKey()), row.appointedOn());
    }

    /** The filters in words for the filing's header; blank when there are none. */
    static String describe(CertificationReportFilter filter, ResourceBundle labels) {
        List<String> parts = new ArrayList<>();
        if (filter.division() != null) {
            parts.add(MessageFormat.format(labels.getString("certificationFiling.filter.division"),
                    filter.division().value()));
        }
        if (filter.level() != null) {
            parts.add(MessageFormat.format(labels.getString("certificationFiling.filter.level"),
                    labels.getString(filter.level().labelKey())));
        }
        if (filter.registrationStatus() != null) {
            parts.add(MessageFormat.format(labels.getString("certificationFiling.filter.registrationStatus"),
                    labels.getString(filter.registrationStatus().labelKey())));
        }
        if (filter.changedSince() != null) {
            parts.add(MessageFormat.format(labels.getString("certificationFiling.filter.changedSince"),
                    filter.changedSince().atZoneSameInstant(ChinaTime.ZONE).toLocalDateTime()
                            .truncatedTo(ChronoUnit.MINUTES).toString().replace('T', ' ')));
        }
        return String.join(labels.getString("certificationFiling.filter.separator"), parts);
    }

    private static String label(ResourceBundle labels, String key) {
        return key == null ? null : labels.getString(key);
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
