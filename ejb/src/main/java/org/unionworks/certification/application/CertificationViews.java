package org.unionworks.certification.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.unionworks.certification.model.Appointment;
import org.unionworks.certification.model.Certificate;
import org.unionworks.certification.model.CertificateLevel;
import org.unionworks.certification.model.CertificateSource;
import org.unionworks.certification.model.CertificateStatus;
import org.unionworks.certification.model.PracticeAssessment;
import org.unionworks.certification.model.Registration;
import org.unionworks.certification.model.RegistrationKind;
import org.unionworks.certification.model.RegistrationStatus;
import org.unionworks.certification.model.TitleLevel;

/** The read models of one professional's certification records. */
public final class CertificationViews {

    private CertificationViews() {
    }

    public record CertificateView(long id, long version, CertificateLevel level, String number, int examYear,
                                  LocalDate issuedOn, String issuingAuthority, CertificateStatus status,
                                  LocalDate revokedOn, CertificateSource source, List<RegistrationView> registrations) {

        public static CertificateView of(Certificate c) {
            return new CertificateView(c.getId(), c.getVersion(), c.getLevel(), c.getNumber(), c.getExamYear(),
                    c.getIssuedOn(), c.getIssuingAuthority(), c.getStatus(), c.getRevokedOn(), c.getSource(),
                    c.getRegistrations().stream().map(RegistrationView::of).toList());
        }
    }

    public record RegistrationView(long id, long version, RegistrationKind kind, RegistrationStatus status,
                                   LocalDate appliedOn, LocalDate validFrom, LocalDate validUntil, String changedBy,
                                   OffsetDateTime changedAt) {

        public static RegistrationView of(Registration r) {
            return new RegistrationView(r.getId(), r.getVersion(), r.getKind(), r.getStatus(), r.getAppliedOn(),
                    r.getValidFrom(), r.getValidUntil(), r.getChangedBy(), r.getChangedAt());
        }
    }

    public record AppointmentView(long id, TitleLevel level, String employer, LocalDate appointedOn,
                                  LocalDate endsOn, String documentNumber) {

        public static AppointmentView of(Appointment a) {
            return new AppointmentView(a.getId(), a.getLevel(), a.getEmployer(), a.getAppointedOn(), a.getEndsOn(),
                    a.getDocumentNumber());
        }
    }

    public record AssessmentView(long id, LocalDate assessedOn, BigDecimal score, boolean passed, String assessor) {

        public static AssessmentView of(PracticeAssessment a) {
            return new AssessmentView(a.getId(), a.getAssessedOn(), a.getScore(), a.isPassed(), a.getAssessor());
        }
    }
}
