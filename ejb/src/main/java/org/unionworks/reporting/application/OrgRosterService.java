package org.unionworks.reporting.application;

import java.io.OutputStream;
import java.util.Locale;
import org.unionworks.reports.ReportFormat;

/** The organisation roster filing (组织机构名册) of the caller's scope. */
public interface OrgRosterService {

    /** Writes the filing and returns the number of rows in it; the export is audited. */
    int render(ReportFormat format, Locale locale, OutputStream out);
}
