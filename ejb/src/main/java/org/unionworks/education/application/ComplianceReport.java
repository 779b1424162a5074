package org.unionworks.education.application;

import java.time.LocalDate;
import java.util.List;
import org.unionworks.education.model.OrgCompliance;

/**
 * Continuing-education compliance of the caller's subtree on one day: a row per organisation unit with certified
 * professionals in a cycle (tree order) and their total under the caller's own unit.
 *
 * @param dueSoonDays the warning period of {@link OrgCompliance#shortDueSoon()}
 */
public record ComplianceReport(LocalDate date, int dueSoonDays, OrgCompliance total, List<OrgCompliance> units) {

    public ComplianceReport {
        units = List.copyOf(units);
    }
}
