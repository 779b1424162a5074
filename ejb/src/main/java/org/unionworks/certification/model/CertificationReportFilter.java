package org.unionworks.certification.model;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.unionworks.organization.model.DivisionCode;

/**
 * The certification report's filters, each optional: a division and everything under it, the highest valid
 * certificate's level, its latest registration's status, and rows whose standing changed at or after an instant
 * (what a department's nightly sync asks for).
 */
public record CertificationReportFilter(DivisionCode division, CertificateLevel level,
                                        RegistrationStatus registrationStatus, OffsetDateTime changedSince) {

    public static final CertificationReportFilter NONE = new CertificationReportFilter(null, null, null, null);

    /** The filters for an audit row: codes and dates only. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (division != null) {
            parts.add("division=" + division.value());
        }
        if (level != null) {
            parts.add("level=" + level.name());
        }
        if (registrationStatus != null) {
            parts.add("registrationStatus=" + registrationStatus.name());
        }
        if (changedSince != null) {
            parts.add("changedSince=" + changedSince);
        }
        return parts.isEmpty() ? "-" : String.join(";", parts);
    }
}
