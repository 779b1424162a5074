package org.unionworks.reports;

import java.time.LocalDate;

/**
 * One line of the 持证社会工作者名册 (certification roster for labour departments). Labels are already in the
 * filing's language; the ID number comes masked unless the caller may see it whole.
 */
public record CertificationRosterRow(String fullName, String residentId, String orgUnitName, String divisionCode,
                                     String level, String certificateNumber, LocalDate issuedOn,
                                     String registrationStatus, LocalDate registeredFrom, LocalDate registeredUntil,
                                     String titleLevel, LocalDate appointedOn) {
}
