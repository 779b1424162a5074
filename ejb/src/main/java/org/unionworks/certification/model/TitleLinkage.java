package org.unionworks.certification.model;

/**
 * How a professional's appointment (聘任) stands against the title their certificate makes them eligible for
 * (评聘衔接, DOMAIN §3). Labels: {@code titleLinkage.<NAME>} in the labels bundle.
 */
public enum TitleLinkage {
    /** No valid certificate and no appointment. */
    NOT_ELIGIBLE,
    /** Eligible for a level and not appointed to any. */
    ELIGIBLE_NOT_APPOINTED,
    /** Appointed at the level the certificate makes them eligible for. */
    MATCHED,
    /** Appointed below the eligible level (may be appointed higher). */
    APPOINTED_BELOW_ELIGIBILITY,
    /** Appointed above the eligible level, or appointed with no valid certificate at all. */
    APPOINTED_ABOVE_ELIGIBILITY,
    /** The latest appointment has ended and no new one was recorded. */
    APPOINTMENT_EXPIRED;

    /** Whether the pair belongs on the mismatch filing. */
    public boolean isMismatch() {
        return this == ELIGIBLE_NOT_APPOINTED || this == APPOINTED_ABOVE_ELIGIBILITY || this == APPOINTMENT_EXPIRED;
    }

    public String labelKey() {
        return "titleLinkage." + name();
    }
}
