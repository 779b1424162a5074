package org.unionworks.web.certification;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.unionworks.certification.application.CertificationReportService;
import org.unionworks.certification.application.CertificationService;
import org.unionworks.certification.model.CertificateLevel;
import org.unionworks.certification.model.CertificationReportFilter;
import org.unionworks.certification.model.RegistrationStatus;
import org.unionworks.education.application.ComplianceReport;
import org.unionworks.education.application.ComplianceService;
import org.unionworks.reports.ReportFormat;
import org.unionworks.web.shell.LocaleView;
import org.unionworks.web.shell.Messages;

/**
 * The certification filings of the caller's subtree: continuing-education compliance by organisation (shown and
 * downloadable), the certification roster with its filters, and the title-linkage mismatch list. Each download is
 * streamed from the service, which scopes and audits it.
 */
@Named
@ViewScoped
public class CertificationFilingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ComplianceService compliance;

    @Inject
    transient CertificationReportService reports;

    @Inject
    transient CertificationService certification;

    @Inject
    LocaleView locale;

    private CertificateLevel level;
    private RegistrationStatus registrationStatus;
    private transient ComplianceReport report;

    /** Counted once per view, in SQL. */
    public ComplianceReport getReport() {
        if (report == null) {
            report = compliance.report();
        }
        return report;
    }

    public StreamedContent getCompliancePdf() {
        return download("filings.compliance.fileName", ReportFormat.PDF,
                (format, out) -> compliance.filing(format, locale.getLocale(), out));
    }

    public StreamedContent getComplianceXlsx() {
        return download("filings.compliance.fileName", ReportFormat.XLSX,
                (format, out) -> compliance.filing(format, locale.getLocale(), out));
    }

    public StreamedContent getRosterPdf() {
        return roster(ReportFormat.PDF);
    }

    public StreamedContent getRosterXlsx() {
        return roster(ReportFormat.XLSX);
    }

    public StreamedContent getMismatchesPdf() {
        return download("filings.mismatches.fileName", ReportFormat.PDF,
                (format, out) -> certification.mismatchFiling(format, locale.getLocale(), out));
    }

    public StreamedContent getMismatchesXlsx() {
        return download("filings.mismatches.fileName", ReportFormat.XLSX,
                (format, out) -> certification.mismatchFiling(format, locale.getLocale(), out));
    }

    private StreamedContent roster(ReportFormat format) {
        CertificationReportFilter filter = new CertificationReportFilter(null, level, registrationStatus, null);
        return download("filings.roster.fileName", format,
                (f, out) -> reports.filing(filter, f, locale.getLocale(), out));
    }

    private static StreamedContent download(String fileNameKey, ReportFormat format, Filing filing) {
        return DefaultStreamedContent.builder()
                .name(Messages.text(fileNameKey) + "-" + LocalDate.now() + "." + format.fileExtension())
                .contentType(format.contentType())
                .writer(out -> filing.write(format, out))
                .build();
    }

    public List<CertificateLevel> getLevels() {
        return Arrays.asList(CertificateLevel.values());
    }

    public List<RegistrationStatus> getRegistrationStatuses() {
        return Arrays.asList(RegistrationStatus.values());
    }

    public CertificateLevel getLevel() {
        return level;
    }

    public void setLevel(CertificateLevel level) {
        this.level = level;
    }

    public RegistrationStatus getRegistrationStatus() {
        return registrationStatus;
    }

    public void setRegistrationStatus(RegistrationStatus registrationStatus) {
        this.registrationStatus = registrationStatus;
    }

    @FunctionalInterface
    private interface Filing {
        void write(ReportFormat format, java.io.OutputStream out);
    }
}
