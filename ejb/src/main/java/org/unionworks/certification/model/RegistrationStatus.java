package org.unionworks.certification.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * The statuses of the national social work information system's registration procedure (DOMAIN §3), and which
 * move may follow which. A failed review goes back to pending when the application is resubmitted.
 * Labels: {@code registrationStatus.<NAME>}.
 */
public enum RegistrationStatus {
    /** No application yet (a certificate without a registration row reads as this). */
    NOT_APPLIED,
    PENDING,
    FIRST_REVIEW_PASSED,
    FIRST_REVIEW_FAILED,
    FINAL_REVIEW_PASSED,
    FINAL_REVIEW_FAILED,
    /** Registered: the period it covers starts. */
    COMPLETED,
    /** The registration certificate has been issued. */
    ISSUED;

    public Set<RegistrationStatus> next() {
        return switch (this) {
            case NOT_APPLIED, FIRST_REVIEW_FAILED, FINAL_REVIEW_FAILED -> EnumSet.of(PENDING);
            case PENDING -> EnumSet.of(FIRST_REVIEW_PASSED, FIRST_REVIEW_FAILED);
            case FIRST_REVIEW_PASSED -> EnumSet.of(FINAL_REVIEW_PASSED, FINAL_REVIEW_FAILED);
            case FINAL_REVIEW_PASSED -> EnumSet.of(COMPLETED);
            case COMPLETED -> EnumSet.of(ISSUED);
            case ISSUED -> EnumSet.noneOf(RegistrationStatus.class);
        };
    }

    public boolean canMoveTo(RegistrationStatus to) {
        return next().contains(to);
    }

    /** A passing step: what the renewal gate holds back while the cycle's hours are short. */
    public boolean isApproval() {
        return this == FIRST_REVIEW_PASSED || this == FINAL_REVIEW_PASSED || this == COMPLETED || this == ISSUED;
    }

    /** Registered, with a period. */
    public boolean isRegistered() {
        return this == COMPLETED || this == ISSUED;
    }

    public String labelKey() {
        return "registrationStatus." + name();
    }
}
