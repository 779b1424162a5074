package org.unionworks.education.application;

import jakarta.ejb.Local;
import jakarta.validation.constraints.NotNull;
import java.io.OutputStream;
import java.util.Locale;
import org.unionworks.reports.ReportFormat;

/**
 * Continuing-education compliance by organisation for the caller's subtree (DOMAIN §4), counted in SQL aggregates by
 * the configured credit rules: the dashboard's rate and the 继续教育学时达标情况 filing.
 */
@Local
public interface ComplianceService {

    /** A short professional is "due soon" when their cycle ends within this many days. */
    int DUE_SOON_DAYS = 90;

    /** As of today. */
    ComplianceReport report();

    /**
     * The report as a filing, a row per organisation unit and a total row; audited before the first byte is written.
     *
     * @return organisation units in the filing
     */
    long filing(@NotNull ReportFormat format, @NotNull Locale locale, @NotNull OutputStream out);
}
