package org.unionworks.registry.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The registry dashboard of one scope: headcount against the staffing norm's target, education, turnover and
 * the spread by region, service field and employment mode. {@code certifiedShare} is null until the
 * certification module records certificates (issue 4); the page says so rather than showing a made-up number.
 *
 * @param leftLast12Months people whose leaving date falls in the last twelve months
 * @param averageWorkforce the mean of the workforce twelve months ago and today, the turnover's denominator
 */
public record WorkforceFigures(String scopeName, long active, long target, long socialWorkMajors,
                               BigDecimal certifiedShare, long leftLast12Months, long averageWorkforce,
                               List<Region> regions, List<Slice> byServiceField, List<Slice> byEmploymentMode) {

    /** A direct sub-unit of the scope (or the scope's own level), with its own headcount and target. */
    public record Region(long orgUnitId, String name, long active, long target) {
        public BigDecimal staffingPercent() {
            return percent(active, target);
        }
    }

    /** One bar or slice: a label key of the labels bundle and a count. */
    public record Slice(String labelKey, long count) {
    }

    /** Headcount as a percentage of the target; null where no target applies. */
    public BigDecimal staffingPercent() {
        return percent(active, target);
    }

    /** Professionals still missing to meet the norm (0 when met). */
    public long gap() {
        return Math.max(0, target - active);
    }

    public BigDecimal socialWorkShare() {
        return percent(socialWorkMajors, active);
    }

    /** Leavers of the last twelve months per hundred of the average workforce. */
    public BigDecimal turnoverRate() {
        return percent(leftLast12Months, averageWorkforce);
    }

    static BigDecimal percent(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
