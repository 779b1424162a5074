package org.unionworks.education.model;

import java.time.LocalDate;
import java.util.List;
import org.unionworks.organization.model.DivisionCode;
import org.unionworks.organization.model.OrgScope;

/**
 * Continuing-education compliance counted in the database: the {@link CycleCompliancePolicy}'s rule as SQL
 * aggregates over every certified professional of a scope, never a loop over people (a province holds ~150,000).
 */
public interface ComplianceStatistics {

    /**
     * Brings the kept earned hours of the scope's people in a cycle on {@code date} up to date: computes them in SQL
     * for every person whose kept row does not match their cycle, the rule or their activities (or who has none).
     * Its own transaction: a failure loses nothing, and the next count computes those people in place again.
     *
     * @param division the division the scope's root unit is filed under: the scope's people lie in it (a unit's code
     *                 lies in its parent's), which lets the database start from them
     * @return how many rows were written
     */
    int keepEarnedHours(OrgScope scope, DivisionCode division, LocalDate date, ProvincialCreditTable credits);

    /**
     * One row per organisation unit of the scope that has active professionals in a registration cycle on
     * {@code date}, in tree order, in one pass: each person's kept hours where their kept row matches their cycle,
     * the rule and their activities, else computed in place.
     *
     * @param division    as for {@link #keepEarnedHours}
     * @param dueSoonDays a short professional counts as due soon when their cycle ends within this many days
     * @param credits     the provincial credit table papers and coursework count by
     */
    Counted byOrganisation(OrgScope scope, DivisionCode division, LocalDate date, int dueSoonDays,
                           ProvincialCreditTable credits);

    /**
     * The units' figures, and how many people's hours had to be computed in place (no matching kept row): when
     * there are any, {@link #keepEarnedHours} makes the next count cheaper.
     */
    record Counted(List<OrgCompliance> units, long computedInPlace) {
    }
}
