package org.unionworks.certification.model;

/**
 * The worklists of certification (issue 4): who must register, whose registration expires or lapsed, and the three
 * title-linkage mismatches. Only active professionals are listed. Labels: {@code certificationList.<NAME>}.
 */
public enum CertificationList {
    /** A valid certificate never registered: due within a year of passing, overdue ones first. */
    FIRST_REGISTRATION_DUE,
    /** The registration in force ends within {@link #EXPIRING_DAYS} days. */
    EXPIRING,
    /** The last registration ended and no renewal completed. */
    LAPSED,
    /** {@link TitleLinkage#ELIGIBLE_NOT_APPOINTED}. */
    ELIGIBLE_NOT_APPOINTED,
    /** {@link TitleLinkage#APPOINTED_ABOVE_ELIGIBILITY}. */
    APPOINTED_ABOVE_ELIGIBILITY,
    /** {@link TitleLinkage#APPOINTMENT_EXPIRED}. */
    APPOINTMENT_EXPIRED;

    public static final int EXPIRING_DAYS = 90;

    /** The linkage every row of this list has, or null for the registration lists. */
    public TitleLinkage linkage() {
        return switch (this) {
            case ELIGIBLE_NOT_APPOINTED -> TitleLinkage.ELIGIBLE_NOT_APPOINTED;
            case APPOINTED_ABOVE_ELIGIBILITY -> TitleLinkage.APPOINTED_ABOVE_ELIGIBILITY;
            case APPOINTMENT_EXPIRED -> TitleLinkage.APPOINTMENT_EXPIRED;
            default -> null;
        };
    }

    public String labelKey() {
        return "certificationList." + name();
    }
}
