package org.unionworks.education.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.unionworks.certification.model.CertificateLevel;

/**
 * A professional's continuing education against one registration cycle: what is required, earned and missing, by
 * when, and which activities counted (with their hours) or did not (with the reason's label key).
 */
public record LedgerView(CertificateLevel level, LocalDate cycleFrom, LocalDate cycleUntil, BigDecimal required,
                         BigDecimal earned, BigDecimal shortfall, List<Line> counted, List<Line> notCounted) {

    public boolean compliant() {
        return shortfall.signum() == 0;
    }

    /** @param hours the hours credited (counted lines); null on lines that did not count */
    public record Line(long activityId, String title, LocalDate completedOn, BigDecimal hours, String reasonKey) {
    }
}
