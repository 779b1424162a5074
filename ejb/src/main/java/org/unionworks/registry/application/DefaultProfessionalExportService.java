package org.unionworks.registry.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.registry.model.PdfFilingLimit;
import org.unionworks.registry.model.ProfessionalListItem;
import org.unionworks.registry.model.ProfessionalRepository;
import org.unionworks.registry.model.SealedListItem;
import org.unionworks.reports.FilingHeader;
import org.unionworks.reports.ProfessionalListReport;
import org.unionworks.reports.ProfessionalListRow;
import org.unionworks.reports.ReportFormat;
import org.unionworks.reports.ReportRenderer;
import org.unionworks.security.application.AuditFailures;
import org.unionworks.security.application.AuditTrail;
import org.unionworks.security.application.Caller;
import org.unionworks.security.application.CurrentCaller;
import org.unionworks.security.model.AuditAction;
import org.unionworks.security.model.AuditDetail;
import org.unionworks.security.model.AuditOutcome;
import org.unionworks.security.model.PersonalField;
import org.unionworks.security.model.RevealReason;
import org.unionworks.security.model.Roles;
import org.unionworks.shared.application.Labels;

@Stateless
@Interceptors(AuditFailures.class)
public class DefaultProfessionalExportService implements ProfessionalExportService {

    static final String TYPE = "ProfessionalList";

    @Inject
    ProfessionalRepository professionals;

    @Inject
    ProfessionalListScope listScope;

    @Inject
    PersonalDataSealer sealer;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    ReportRenderer renderer;

    @Inject
    @ConfigProperty(name = "unionworks.export.pdf-max-rows", defaultValue = "" + PdfFilingLimit.DEFAULT_MAX_ROWS)
    long pdfMaxRows;

    @Override
    @RolesAllowed({Roles.UNION_OFFICIAL, Roles.LABOR_DEPT, Roles.FINANCE, Roles.PERSONAL_DATA})
    public void checkSize(ProfessionalExportRequest request) {
        checkSize(listScope.of(request.filter()), request);
    }

    private void checkSize(OrgScope scope, ProfessionalExportRequest request) {
        if (request.format() == ReportFormat.PDF) {
            new PdfFilingLimit(pdfMaxRows).check(professionals.count(scope, request.filter()));
        }
    }

    @Override
    @RolesAllowed({Roles.UNION_OFFICIAL, Roles.LABOR_DEPT, Roles.FINANCE})
    public long export(ProfessionalExportRequest request, OutputStream out) {
        OrgScope scope = listScope.of(request.filter());
        checkSize(scope, request);
        ProfessionalListRows rows = new ProfessionalListRows(Labels.bundle(request.locale()));
        try (Stream<ProfessionalListItem> items = professionals.stream(scope, request.filter(), request.sortField(),
                request.ascending())) {
            return write(request, items.map(rows::masked), null, out);
        }
    }

    @Override
    @RolesAllowed(Roles.PERSONAL_DATA)
    public long exportWithFullValues(ProfessionalExportRequest request, RevealReason reason, OutputStream out) {
        OrgScope scope = listScope.of(request.filter());
        checkSize(scope, request);
        ProfessionalListRows rows = new ProfessionalListRows(Labels.bundle(request.locale()));
        try (Stream<SealedListItem> items = professionals.streamSealed(scope, request.filter(), request.sortField(),
                request.ascending())) {
            return write(request, items.map(sealed -> rows.row(sealed.item(),
                    sealer.reveal(PersonalField.RESIDENT_ID, sealed.residentIdCipher()),
                    sealer.reveal(PersonalField.PHONE, sealed.phoneCipher()))), reason, out);
        }
    }

    /** {@code reason} is null for a masked export. */
    private long write(ProfessionalExportRequest request, Stream<ProfessionalListRow> rows, RevealReason reason,
                       OutputStream out) {
        Caller me = caller.get();
        AtomicLong count = new AtomicLong();
        Iterator<ProfessionalListRow> counted = rows.peek(row -> count.incrementAndGet()).iterator();
        // on record once every row is read and before a byte leaves, in its own transaction: an aborted
        // download stays audited
        Runnable auditExport = () -> audit.recordIndependently(AuditAction.EXPORT, TYPE,
                request.filter().orgUnitId() == null ? me.orgUnitId() : request.filter().orgUnitId(),
                AuditOutcome.SUCCESS, reason == null
                        ? AuditDetail.of("professionalListExported", request.format(), count.get())
                        : AuditDetail.of("professionalListExportedFull", request.format(), count.get(),
                                "#" + reason.labelKey()));
        switch (request.format()) {
            case PDF -> new ProfessionalListReport(renderer).render(new FilingHeader(me.orgUnitName(), LocalDate.now(),
                    request.locale()), reason != null, counted, ReportFormat.PDF, out, auditExport);
            case XLSX -> ProfessionalListWorkbook.write(request.locale(), counted, out, auditExport);
        }
        return count.get();
    }
}
