package org.unionworks.certification.application;

import jakarta.ejb.Local;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.unionworks.reports.ReportFormat;
import org.unionworks.certification.model.CertificationReportFilter;
import org.unionworks.certification.model.CertificationReportRow;
import org.unionworks.certification.model.TitleEligibilityPolicy;

/**
 * The certification report for labour departments (DOMAIN §3): what an API client pulls for its jurisdiction and
 * what an official reads for their subtree. Every call is audited with its filters and row count; a division
 * outside an API client's jurisdiction is refused with nothing read.
 */
@Local
public interface CertificationReportService {

    int MAX_PAGE = 1000;

    /**
     * @param after  professional id the page starts after (0: from the start)
     * @param offset rows to skip after that
     * @param limit  1 to {@link #MAX_PAGE}
     */
    CertificationReportPage page(@NotNull CertificationReportFilter filter, long after, int offset, int limit,
                                 boolean withTotal);

    long count(@NotNull CertificationReportFilter filter);

    /**
     * Hands every row to the sink in professional id order, reading through a cursor, so memory stays flat however
     * many rows there are.
     *
     * @param format what the rows become, for the audit row (CSV, XLSX, PDF)
     * @return rows written
     */
    long export(@NotNull CertificationReportFilter filter, @NotNull String format, @NotNull RowSink sink)
            throws IOException;

    /**
     * The same rows as a signed-off filing (持证社会工作者名册): the issuing body and date on top, the filters
     * spelled out in the filing's language, page numbers below. Rows are streamed into the renderer, whose filled
     * pages swap to disk, so a province's roster fits a small heap. Audited, with the row count, before the first byte
     * is written.
     *
     * @return rows in the filing
     */
    long filing(@NotNull CertificationReportFilter filter, @NotNull ReportFormat format, @NotNull Locale locale,
                @NotNull OutputStream out);

    /**
     * Refuses (with an audit row) a filter the caller may not read, before a streamed response is begun: once rows
     * flow, a refusal could no longer be a clean 403.
     */
    void requireAdmitted(@NotNull CertificationReportFilter filter);

    /** The title policy the report's eligibility and linkage columns follow. */
    TitleEligibilityPolicy titlePolicy();

    @FunctionalInterface
    interface RowSink {
        void accept(CertificationReportRow row) throws IOException;
    }
}
