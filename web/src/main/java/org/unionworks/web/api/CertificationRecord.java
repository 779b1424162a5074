package org.unionworks.web.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.unionworks.certification.model.CertificateLevel;
import org.unionworks.certification.model.CertificationReportRow;
import org.unionworks.certification.model.RegistrationStatus;
import org.unionworks.certification.model.TitleEligibilityPolicy;
import org.unionworks.certification.model.TitleLevel;
import org.unionworks.certification.model.TitleLinkage;

/**
 * One professional in the labour departments' certification report, as JSON and as a CSV line (the same fields,
 * in the order of {@link #CSV_HEADER}). The ID number is masked; the certificate number is the national key.
 */
public record CertificationRecord(long professionalId, String fullName, String residentIdMasked, String orgUnitName,
                                  String divisionCode, CertificateLevel level, String certificateNumber,
                                  LocalDate issuedOn, LocalDate firstRegistrationDue,
                                  RegistrationStatus registrationStatus, LocalDate registeredFrom,
                                  LocalDate registeredUntil, TitleLevel eligibleTitle, TitleLevel titleLevel,
                                  LocalDate appointedOn, LocalDate appointmentEnds, TitleLinkage linkage,
                                  OffsetDateTime changedAt) {

    static final List<String> CSV_HEADER = Arrays.stream(CertificationRecord.class.getRecordComponents())
            .map(java.lang.reflect.RecordComponent::getName).toList();

    static CertificationRecord of(CertificationReportRow r, TitleEligibilityPolicy policy, LocalDate today) {
        return new CertificationRecord(r.professionalId(), r.fullName(), r.residentIdMasked(), r.orgUnitName(),
                r.divisionCode() == null ? null : r.divisionCode().value(), r.level(), r.certificateNumber(),
                r.issuedOn(), r.firstRegistrationDue(), r.registrationStatus(), r.registeredFrom(),
                r.registeredUntil(), r.eligibleTitle(policy), r.titleLevel(), r.appointedOn(), r.appointmentEnds(),
                r.linkage(policy, today), r.changedAt());
    }

    /** The CSV line's values: codes by name, dates and times in ISO-8601 (the CSV writer guards text only). */
    List<Object> csvValues() {
        return Arrays.asList(professionalId, fullName, residentIdMasked, orgUnitName, divisionCode, level,
                certificateNumber, issuedOn, firstRegistrationDue, registrationStatus, registeredFrom,
                registeredUntil, eligibleTitle, titleLevel, appointedOn, appointmentEnds, linkage, changedAt);
    }
}
