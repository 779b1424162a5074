package org.unionworks.certification.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.unionworks.certification.application.CertificationViews.AppointmentView;
import org.unionworks.certification.application.CertificationViews.AssessmentView;
import org.unionworks.certification.application.CertificationViews.CertificateView;
import org.unionworks.certification.application.CertificationViews.RegistrationView;
import org.unionworks.certification.model.Appointment;
import org.unionworks.certification.model.Certificate;
import org.unionworks.certification.model.CertificateSource;
import org.unionworks.certification.model.CertificationList;
import org.unionworks.certification.model.CertificationRepository;
import org.unionworks.certification.model.CertificationRow;
import org.unionworks.certification.model.CertificationStanding;
import org.unionworks.certification.model.CreditHours;
import org.unionworks.certification.model.PracticeAssessment;
import org.unionworks.certification.model.Registration;
import org.unionworks.certification.model.RegistrationKind;
import org.unionworks.certification.model.RegistrationStatus;
import org.unionworks.certification.model.TitleEligibilityPolicy;
import org.unionworks.education.application.CycleLedgers;
import org.unionworks.education.application.LedgerView;
import org.unionworks.registry.model.Professional;
import org.unionworks.registry.model.ProfessionalRepository;
import org.unionworks.reports.FilingHeader;
import org.unionworks.reports.RecordFiling;
import org.unionworks.reports.ReportFormat;
import org.unionworks.reports.ReportRenderer;
import org.unionworks.reports.TitleMismatchRow;
import org.unionworks.security.application.AuditFailures;
import org.unionworks.security.application.AuditTrail;
import org.unionworks.security.application.Caller;
import org.unionworks.security.application.CurrentCaller;
import org.unionworks.security.model.AuditAction;
import org.unionworks.security.model.AuditDetail;
import org.unionworks.security.model.AuditOutcome;
import org.unionworks.security.model.Roles;
import org.unionworks.shared.application.Labels;
import org.unionworks.shared.application.Page;
import org.unionworks.shared.application.PageRequest;
import org.unionworks.shared.model.ChinaTime;
import org.unionworks.shared.model.ConcurrentEditException;
import org.unionworks.shared.model.DomainException;
import org.unionworks.shared.model.NotFoundException;

/**
 * Certification records. Every change recomputes the professional's {@link CertificationStanding} in the same
 * transaction, and is audited on the professional's record (so the person's history shows it).
 */
@Stateless
@Interceptors(AuditFailures.class)
public class DefaultCertificationService implements CertificationService {

    private static final String PROFESSIONAL = "Professional";
    private static final String MISMATCHES = "TitleMismatches";
    /** The filing's sections, in order. */
    private static final List<CertificationList> MISMATCH_LISTS = List.of(CertificationList.ELIGIBLE_NOT_APPOINTED,
            CertificationList.APPOINTED_ABOVE_ELIGIBILITY, CertificationList.APPOINTMENT_EXPIRED);

    @Inject
    CertificationRepository certification;

    @Inject
    ProfessionalRepository professionals;

    @Inject
    CycleLedgers ledgers;

    @Inject
    CertificationSettings settings;

    @Inject
    Standings standings;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    ReportRenderer renderer;

    @PersistenceContext(unitName = "unionworks")
    EntityManager em;

    @Override
    @RolesAllowed({Roles.UNION_OFFICIAL, Roles.LABOR_DEPT, Roles.FINANCE})
    public CertificationProfile profile(long professionalId) {
        Professional p = professional(professionalId);
        TitleEligibilityPolicy policy = settings.titlePolicy();
        CertificationStanding standing = certification.standingOf(p).orElse(null);
        LedgerView ledger = standing == null || standing.getRegisteredFrom() == null ? null
                : ledgers.ledger(p, standing.getLevel(), standing.getRegisteredFrom(), standing.getRegisteredUntil());
        return new CertificationProfile(p.getId(), p.getFullName(),
                certification.certificatesOf(p).stream().map(CertificateView::of).toList(),
                certification.appointmentsOf(p).stream().map(AppointmentView::of).toList(),
                certification.assessmentsOf(p).stream().map(AssessmentView::of).toList(),
                standing == null ? null : standing.getLevel(),
                standing == null ? null : policy.eligibleFor(standing.getLevel()).orElse(null),
                standing == null ? policy.assess(null, null, null, LocalDate.now(ChinaTime.ZONE))
                        : standing.linkage(policy, LocalDate.now(ChinaTime.ZONE)),
                ledger);
    }

    @Override
    @RolesAllowed(Roles.UNION_OFFICIAL)
    public CertificateView addCertificate(CertificateForm form) {
        Professional p = professional(form.professionalId());
        String number = Certificate.checkedNumber(form.number());
        if (certification.numberTaken(number)) {
            throw new DomainException("certification.number.taken", "certificate number on record", number);
        }
        Certificate c = new Certificate(p, form.level(), number, form.examYear(), form.issuedOn(),
                form.issuingAuthority(), CertificateSource.ENTERED, username());
        certification.add(c);
        refreshStanding(p);
        audit.record(AuditAction.CERTIFICATE_ADDED, PROFESSIONAL, p.getId(), AuditOutcome.SUCCESS,
                AuditDetail.of("certificateAdded", "#" + form.level().labelKey(), number));
        return CertificateView.of(c);
    }

    @Override
    @RolesAllowed(Roles.UNION_OFFICIAL)
    public CertificateView revoke(long certificateId, long version, LocalDate on) {
        Certificate c = certificateForChange(certificateId, version);
        c.revoke(on);
        refreshStanding(c.getProfessional());
        audit.record(AuditAction.CERTIFICATE_REVOKED, PROFESSIONAL, c.getProfessional().getId(), AuditOutcome.SUCCESS,
                AuditDetail.of("certificateRevoked", c.getNumber(), on));
        return CertificateView.of(c);
    }

    @Override
    @RolesAllowed(Roles.UNION_OFFICIAL)
    public RegistrationView apply(long certificateId, long version, LocalDate appliedOn) {
        Certificate c = certificateForChange(certificateId, version);
        Registration r = c.apply(appliedOn, settings.registrationRules(), username());
        refreshStanding(c.getProfessional());
        audit.record(AuditAction.REGISTRATION_FILED, PROFESSIONAL, c.getProfessional().getId(), AuditOutcome.SUCCESS,
                AuditDetail.of("registrationFiled", c.getNumber(), "#" + r.getKind().labelKey(), appliedOn));
        return RegistrationView.of(r);
    }

    @Override
    @RolesAllowed(Roles.UNION_OFFICIAL)
    public RegistrationView advance(long registrationId, long version, RegistrationStatus to, LocalDate on) {
        Registration r = certification.findRegistration(caller.scope(), registrationId)
                .orElseThrow(() -> new NotFoundException("Registration", registrationId));
        if (r.getVersion() != version) {
            throw new ConcurrentEditException("Registration", registrationId);
        }
        RegistrationStatus from = r.getStatus();
        r.advance(to, on, settings.registrationRules(), hoursShort(r, to), username());
        Certificate c = r.getCertificate();
        refreshStanding(c.getProfessional());
        audit.record(AuditAction.REGISTRATION_ADVANCED, PROFESSIONAL, c.getProfessional().getId(),
                AuditOutcome.SUCCESS, AuditDetail.of("registrationAdvanced", c.getNumber(), "#" + from.labelKey(),
                        "#" + to.labelKey(), on));
        return RegistrationView.of(r);
    }

    /** What the cycle a renewal closes lacks, by the same ledger the profile shows; zero when nothing is gated. */
    private CreditHours hoursShort(Registration r, RegistrationStatus to) {
        if (r.getKind() != RegistrationKind.RENEWAL || !to.isApproval()) {
            return CreditHours.ZERO;
        }
        Certificate c = r.getCertificate();
        Registration closing = c.currentRegistration().orElseThrow(() -> new IllegalStateException(
                "renewal " + r.getId() + " without a completed registration before it"));
        LedgerView ledger = ledgers.ledger(c.getProfessional(), c.getLevel(), closing.getValidFrom(),
                closing.getValidUntil());
        return CreditHours.of(ledger.shortfall());
    }

    @Override
    @RolesAllowed(Roles.UNION_OFFICIAL)
    public AppointmentView recordAppointment(AppointmentForm form) {
        Professional p = professional(form.professionalId());
        Appointment a = new Appointment(p, form.level(), form.employer(), form.appointedOn(), form.endsOn(),
                form.documentNumber(), username());
        certification.add(a);
        refreshStanding(p);
        audit.record(AuditAction.APPOINTMENT_RECORDED, PROFESSIONAL, p.getId(), AuditOutcome.SUCCESS,
                AuditDetail.of("appointmentRecorded", "#" + form.level().labelKey(), form.appointedOn(),
                        a.getDocumentNumber()));
        return AppointmentView.of(a);
    }

    @Override
    @RolesAllowed(Roles.UNION_OFFICIAL)
    public AssessmentView recordAssessment(AssessmentForm form) {
        Professional p = professional(form.professionalId());
        PracticeAssessment a = new PracticeAssessment(p, form.assessedOn(), form.score(), form.passed(),
                form.assessor(), username());
        certification.add(a);
        em.flush();
        audit.record(AuditAction.ASSESSMENT_RECORDED, PROFESSIONAL, p.getId(), AuditOutcome.SUCCESS,
                AuditDetail.of("assessmentRecorded", form.assessedOn(), a.getScore().toPlainString()));
        return AssessmentView.of(a);
    }

    @Override
    @RolesAllowed({Roles.UNION_OFFICIAL, Roles.LABOR_DEPT})
    public Page<CertificationRow> list(CertificationList list, String nameStartsWith, PageRequest page) {
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        List<CertificationRow> rows = certification.list(caller.scope(), list, nameStartsWith,
                settings.titlePolicy(), today, page.offset(), page.size());
        return new Page<>(rows, certification.count(caller.scope(), list, nameStartsWith, settings.titlePolicy(),
                today), page.offset(), page.size());
    }

    @Override
    @RolesAllowed({Roles.UNION_OFFICIAL, Roles.LABOR_DEPT})
    public long count(CertificationList list, String nameStartsWith) {
        return certification.count(caller.scope(), list, nameStartsWith, settings.titlePolicy(), LocalDate.now(ChinaTime.ZONE));
    }

    @Override
    @RolesAllowed({Roles.UNION_OFFICIAL, Roles.LABOR_DEPT})
    public long mismatchFiling(ReportFormat format, Locale locale, OutputStream out) {
        Caller me = caller.get();
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        TitleEligibilityPolicy policy = settings.titlePolicy();
        ResourceBundle labels = Labels.bundle(locale);
        AtomicLong count = new AtomicLong();
        Runnable auditFiling = () -> audit.recordIndependently(AuditAction.EXPORT, MISMATCHES, me.orgUnitId(),
                AuditOutcome.SUCCESS, AuditDetail.of("titleMismatchesExported", format.name(), count.get()));
        List<Stream<CertificationRow>> opened = new ArrayList<>();
        try {
            Stream<TitleMismatchRow> rows = Stream.empty();
            for (CertificationList list : MISMATCH_LISTS) {
                Stream<CertificationRow> listed = certification.stream(me.scope(), list, policy, today);
                opened.add(listed);
                String heading = labels.getString(list.labelKey());
                rows = Stream.concat(rows, listed.map(row -> mismatchRow(heading, row, policy, labels)));
            }
            Iterator<TitleMismatchRow> lines = rows.peek(row -> count.incrementAndGet()).iterator();
            RecordFiling.TITLE_MISMATCHES.render(renderer, new FilingHeader(me.orgUnitName(), today, locale), Map.of(),
                    lines, format, out, auditFiling);
        } finally {
            opened.forEach(Stream::close);
        }
        return count.get();
    }

    private static TitleMismatchRow mismatchRow(String heading, CertificationRow row, TitleEligibilityPolicy policy,
                                                ResourceBundle labels) {
        return new TitleMismatchRow(heading, row.fullName(), row.residentIdMasked(), row.orgUnitName(),
                row.level() == null ? null : labels.getString(row.level().labelKey()),
                policy.eligibleFor(row.level()).map(t -> labels.getString(t.labelKey())).orElse(null),
                row.titleLevel() == null ? null : labels.getString(row.titleLevel().labelKey()), row.appointedOn(),
                row.appointmentEnds());
    }

    private Professional professional(long id) {
        return professionals.find(caller.scope(), id).orElseThrow(() -> new NotFoundException(PROFESSIONAL, id));
    }

    private Certificate certificateForChange(long id, long version) {
        Certificate c = certification.findCertificate(caller.scope(), id)
                .orElseThrow(() -> new NotFoundException("Certificate", id));
        if (c.getVersion() != version) {
            throw new ConcurrentEditException("Certificate", id);
        }
        return c;
    }

    /** Writes the changes, then recomputes the standing from what is now on record. */
    private void refreshStanding(Professional p) {
        standings.refresh(p);
    }

    private String username() {
        return caller.get().username();
    }
}
