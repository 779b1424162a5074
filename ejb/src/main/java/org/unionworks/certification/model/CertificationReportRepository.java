package org.unionworks.certification.model;

import java.util.List;
import java.util.stream.Stream;

/** The certification report's rows, in professional id order, filtered and scoped in SQL. */
public interface CertificationReportRepository {

    /** Rows after the professional id {@code after} (0: from the start), skipping {@code offset}, at most size. */
    List<CertificationReportRow> page(ReportScope scope, CertificationReportFilter filter, long after, int offset,
                                      int size);

    long count(ReportScope scope, CertificationReportFilter filter);

    /** Every row through a database cursor; close the stream (try-with-resources). */
    Stream<CertificationReportRow> stream(ReportScope scope, CertificationReportFilter filter);
}
