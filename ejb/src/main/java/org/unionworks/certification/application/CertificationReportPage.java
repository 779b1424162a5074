package org.unionworks.certification.application;

import java.util.List;
import org.unionworks.certification.model.CertificationReportRow;

/**
 * A page of the certification report. {@code total} is counted only when asked for (counting a province takes longer
 * than reading a page); {@code nextAfter} is the professional id to pass as {@code after} for the next page, null on
 * the last page.
 */
public record CertificationReportPage(List<CertificationReportRow> items, Long total, Long nextAfter) {

    public CertificationReportPage {
        items = List.copyOf(items);
    }
}
