package org.unionworks.certification.model;

import java.time.LocalDate;
import org.unionworks.organization.model.DivisionCode;

/** One professional on a certification list or in the pull API: the standing with who and where. */
public record CertificationRow(long professionalId, String fullName, String residentIdMasked, long orgUnitId,
                               String orgUnitName, DivisionCode divisionCode, CertificateLevel level,
                               String certificateNumber, LocalDate issuedOn, LocalDate firstRegistrationDue,
                               RegistrationStatus registrationStatus, LocalDate registeredFrom,
                               LocalDate registeredUntil, TitleLevel titleLevel, LocalDate appointedOn,
                               LocalDate appointmentEnds) {

    public TitleLinkage linkage(TitleEligibilityPolicy policy, LocalDate date) {
        return policy.assess(level, titleLevel, appointmentEnds, date);
    }
}
