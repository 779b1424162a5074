package org.unionworks.certification.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;
import org.unionworks.certification.application.CertificationViews.AppointmentView;
import org.unionworks.certification.application.CertificationViews.AssessmentView;
import org.unionworks.certification.application.CertificationViews.CertificateView;
import org.unionworks.certification.application.CertificationViews.RegistrationView;
import org.unionworks.certification.model.CertificationList;
import org.unionworks.certification.model.CertificationRow;
import org.unionworks.certification.model.RegistrationStatus;
import org.unionworks.reports.ReportFormat;
import org.unionworks.shared.application.Page;
import org.unionworks.shared.application.PageRequest;

/** Certificates, registrations, appointments and assessments of the professionals in the caller's scope. */
public interface CertificationService {

    CertificationProfile profile(long professionalId);

    CertificateView addCertificate(@NotNull @Valid CertificateForm form);

    CertificateView revoke(long certificateId, long version, @NotNull LocalDate on);

    /** Files the certificate's next registration (first or renewal); it starts pending. */
    RegistrationView apply(long certificateId, long version, @NotNull LocalDate appliedOn);

    /** Records the review's next step; a renewal is not approved while its cycle's hours are short. */
    RegistrationView advance(long registrationId, long version, @NotNull RegistrationStatus to,
                             @NotNull LocalDate on);

    AppointmentView recordAppointment(@NotNull @Valid AppointmentForm form);

    AssessmentView recordAssessment(@NotNull @Valid AssessmentForm form);

    /** A page of a worklist as of today; {@code nameStartsWith} null or blank for everyone on it. */
    Page<CertificationRow> list(@NotNull CertificationList list, @Size(max = 50) String nameStartsWith,
                                @NotNull PageRequest page);

    long count(@NotNull CertificationList list, @Size(max = 50) String nameStartsWith);

    /**
     * The three title-linkage worklists as one filing (评聘衔接不一致名单), a section each, as of today; streamed,
     * audited with the row count before the first byte is written.
     *
     * @return rows in the filing
     */
    long mismatchFiling(@NotNull ReportFormat format, @NotNull Locale locale, @NotNull OutputStream out);
}
