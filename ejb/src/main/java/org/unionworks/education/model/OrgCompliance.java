package org.unionworks.education.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;
import org.unionworks.organization.model.DivisionCode;
import org.unionworks.shared.model.Percent;

/**
 * Continuing-education compliance of the certified professionals posted to one organisation unit, on one day: how
 * many are in a registration cycle, how many already have the cycle's hours, how many are short and of those how many
 * reach the cycle's end within the warning period, and the hours missing in all.
 *
 * @param inCycle        active professionals whose registration is in force on the day
 * @param compliant      of them, those whose cycle already has the hours its level requires
 * @param shortDueSoon   of the short ones, those whose cycle ends within the warning period
 * @param shortfallHours hours missing, summed over the short ones
 */
public record OrgCompliance(long orgUnitId, String orgUnitName, DivisionCode divisionCode, long inCycle,
                            long compliant, long shortDueSoon, BigDecimal shortfallHours) {

    /** Organisation id of the {@link #total} row, which belongs to no one unit. */
    public static final long TOTAL_ID = 0;

    public OrgCompliance {
        Objects.requireNonNull(shortfallHours, "shortfallHours");
        if (inCycle < 0 || compliant < 0 || compliant > inCycle || shortDueSoon < 0
                || shortDueSoon > inCycle - compliant || shortfallHours.signum() < 0) {
            throw new IllegalArgumentException("inconsistent compliance figures for organisation " + orgUnitId);
        }
        try {
            shortfallHours = shortfallHours.setScale(1, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("hours come in tenths, not " + shortfallHours, e);
        }
    }

    /** Professionals in a cycle without its hours yet. */
    public long shortOfHours() {
        return inCycle - compliant;
    }

    /** Share compliant, in per cent with one decimal (half up); null when nobody is in a cycle. */
    public BigDecimal ratePercent() {
        return Percent.of(compliant, inCycle);
    }

    /** The figures of several units added up, under the given name (e.g. the scope's root). */
    public static OrgCompliance total(String name, DivisionCode divisionCode, Collection<OrgCompliance> units) {
        return new OrgCompliance(TOTAL_ID, name, divisionCode,
                units.stream().mapToLong(OrgCompliance::inCycle).sum(),
                units.stream().mapToLong(OrgCompliance::compliant).sum(),
                units.stream().mapToLong(OrgCompliance::shortDueSoon).sum(),
                units.stream().map(OrgCompliance::shortfallHours).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
