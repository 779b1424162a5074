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
     * Brings the kept earned hours of the scope's people in a cycle on {@code date} up to date: computes them in SQL
     * for every person whose kept row does not match their cycle, the rule or their activities (or who has none).
     * Its own transaction: a failure loses nothing, and the aggregate then computes in place.
     *
     * @return how many rows were written
     */
    int keepEarnedHours(OrgScope scope, LocalDate date, ProvincialCreditTable credits);

    /**
     * One row per organisation unit of the scope that has active professionals in a registration cycle on
     * {@code date}, in tree order.
     *
     * @param dueSoonDays a short professional counts as due soon when their cycle ends within this many days
     * @param credits     the provincial credit table papers and coursework count by
     * @param keptJustNow whether {@link #keepEarnedHours} has just run for this scope, date and table: the kept
     *                    hours are then read as they are; otherwise each kept row is checked against the person's
     *                    activities first. A person without a usable row is computed in place either way.
     */
    List<OrgCompliance> byOrganisation(OrgScope scope, LocalDate date, int dueSoonDays, ProvincialCreditTable credits,
                                       boolean keptJustNow);
}
