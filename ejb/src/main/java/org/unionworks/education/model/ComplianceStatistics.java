package org.unionworks.education.model;

import java.time.LocalDate;
import java.util.List;
import org.unionworks.organization.model.OrgScope;

/**
 * Continuing-education compliance counted in the database: the {@link CycleCompliancePolicy}'s rule as SQL
 * aggregates over every certified professional of a scope, never a loop over people (a province holds ~150,000).
 */
public interface ComplianceStatistics {

    /**
     * One row per organisation unit of the scope that has active professionals in a registration cycle on
     * {@code date}, in tree order.
     *
     * @param dueSoonDays a short professional counts as due soon when their cycle ends within this many days
     * @param credits     the provincial credit table papers and coursework count by
     */
    List<OrgCompliance> byOrganisation(OrgScope scope, LocalDate date, int dueSoonDays, ProvincialCreditTable credits);
}
