package org.unionworks.registry.application;

import java.math.BigDecimal;
import java.util.List;
import org.unionworks.shared.model.Percent;

/**
 * The registry dashboard of one scope. The staffing norm (guideline §4) is about grassroots hubs — street,
 * township, development-zone and industrial-park unions — so it is set against the people working at a hub or
 * below it ({@code atHubs}), hub by hub: {@code hubsMeetingNorm} of {@code hubs} have their quota, and
 * {@code gap} people are missing where they do not (a surplus in one hub does not fill another).
 * {@code certified} counts the active people holding a valid national certificate; {@code certifiedShare} is their
 * percentage of the active, to one decimal, null when nobody is active.
 *
 * @param leftLast12Months people whose leaving date falls in the last twelve months
 * @param averageWorkforce the mean of the workforce twelve months ago and today, the turnover's denominator
 */
public record WorkforceFigures(String scopeName, long active, Staffing staffing, long socialWorkMajors,
                               long certified, BigDecimal certifiedShare, long leftLast12Months, long averageWorkforce,
                               List<Region> regions, List<Slice> byServiceField, List<Slice> byEmploymentMode,
                               List<Group> qualityByEmploymentMode) {

    /**
     * The guideline's professionalism and turnover problems (DOMAIN §1) for one group of people: the share with a
     * social-work major among the active, and leavers of the last twelve months per hundred of the average
     * workforce (the mean of a year ago and today).
     */
    public record Quality(long active, long socialWorkMajors, long leftLast12Months, long averageWorkforce) {

        public static final Quality NONE = new Quality(0, 0, 0, 0);

        public Quality minus(Quality other) {
            return new Quality(active - other.active, socialWorkMajors - other.socialWorkMajors,
                    leftLast12Months - other.leftLast12Months, averageWorkforce - other.averageWorkforce);
        }

        public Quality plus(Quality other) {
            return new Quality(active + other.active, socialWorkMajors + other.socialWorkMajors,
                    leftLast12Months + other.leftLast12Months, averageWorkforce + other.averageWorkforce);
        }

        public BigDecimal socialWorkShare() {
            return percent(socialWorkMajors, active);
        }

        public BigDecimal turnoverRate() {
            return percent(leftLast12Months, averageWorkforce);
        }
    }

    /** A group by a labelled value (an employment mode) with its quality figures. */
    public record Group(String labelKey, Quality quality) {
    }

    /** The staffing norm over a set of hubs. */
    public record Staffing(long hubs, long hubsMeetingNorm, long target, long atHubs, long gap) {

        public static final Staffing NONE = new Staffing(0, 0, 0, 0, 0);

        public Staffing plus(Staffing other) {
            return new Staffing(hubs + other.hubs, hubsMeetingNorm + other.hubsMeetingNorm, target + other.target,
                    atHubs + other.atHubs, gap + other.gap);
        }

        /** Share of the hubs that have their quota; null without hubs. */
        public BigDecimal hubsMeetingPercent() {
            return percent(hubsMeetingNorm, hubs);
        }
    }

    /** A direct sub-unit of the scope (or the scope's own level), with its own headcount and staffing. */
    public record Region(long orgUnitId, String name, Staffing staffing, Quality quality) {

        public long active() {
            return quality.active();
        }
    }

    /** One bar or slice: a label key of the labels bundle and a count. */
    public record Slice(String labelKey, long count) {
    }

    public BigDecimal socialWorkShare() {
        return percent(socialWorkMajors, active);
    }

    /** Leavers of the last twelve months per hundred of the average workforce. */
    public BigDecimal turnoverRate() {
        return percent(leftLast12Months, averageWorkforce);
    }

    static BigDecimal percent(long part, long whole) {
        return Percent.of(part, whole);
    }
}
