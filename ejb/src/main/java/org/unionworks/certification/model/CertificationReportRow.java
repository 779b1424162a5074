package org.unionworks.certification.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.unionworks.organization.model.DivisionCode;

/**
 * One professional in the certification report for labour departments: who, where, the highest valid certificate
 * and its registration, the latest appointment, and when any of it last changed. The ID number is masked.
 */
public record CertificationReportRow(long professionalId, String fullName, String residentIdMasked,
                                     String orgUnitName, DivisionCode divisionCode, CertificateLevel level,
                                     String certificateNumber, LocalDate issuedOn, LocalDate firstRegistrationDue,
                                     RegistrationStatus registrationStatus, LocalDate registeredFrom,
                                     LocalDate registeredUntil, TitleLevel titleLevel, LocalDate appointedOn,
                                     LocalDate appointmentEnds, OffsetDateTime changedAt) {

    /** The post level the certificate makes the professional eligible for, by the policy; null when none. */
    public TitleLevel eligibleTitle(TitleEligibilityPolicy policy) {
        return policy.eligibleFor(level).orElse(null);
    }

    public TitleLinkage linkage(TitleEligibilityPolicy policy, LocalDate date) {
        return policy.assess(level, titleLevel, appointmentEnds, date);
    }
}
