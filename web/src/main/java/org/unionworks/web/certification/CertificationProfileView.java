package org.unionworks.web.certification;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.primefaces.PrimeFaces;
import org.unionworks.certification.application.AppointmentForm;
import org.unionworks.certification.application.AssessmentForm;
import org.unionworks.certification.application.CertificateForm;
import org.unionworks.certification.application.CertificationProfile;
import org.unionworks.certification.application.CertificationService;
import org.unionworks.certification.application.CertificationViews.CertificateView;
import org.unionworks.certification.application.CertificationViews.RegistrationView;
import org.unionworks.certification.model.CertificateLevel;
import org.unionworks.certification.model.RegistrationStatus;
import org.unionworks.certification.model.TitleLevel;
import org.unionworks.education.application.EducationForm;
import org.unionworks.education.application.EducationService;
import org.unionworks.education.application.EducationView;
import org.unionworks.education.model.ActivityKind;
import org.unionworks.shared.model.DomainException;
import org.unionworks.web.shell.Messages;

/**
 * The certification tab of a professional's record: certificates and their registrations, appointments, practice
 * assessments, continuing education and the ledger of the current cycle, each recorded through its own dialog.
 * After every change the whole profile is read again, so the standing, linkage and ledger on the page are the
 * server's.
 */
@Named
@ViewScoped
public class CertificationProfileView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CertificationService certification;

    @Inject
    transient EducationService education;

    private Long id;
    private CertificationProfile profile;
    private List<EducationView> activities = List.of();

    // the certificate dialog
    private CertificateLevel level = CertificateLevel.ASSISTANT;
    private String number;
    private Integer examYear;
    private LocalDate issuedOn;
    private String authority;

    // the registration dialogs (file, next step, revoke)
    private CertificateView certificate;
    private RegistrationView registration;
    private RegistrationStatus nextStatus;
    private LocalDate actOn;

    // the appointment dialog
    private TitleLevel titleLevel = TitleLevel.ASSISTANT;
    private String employer;
    private LocalDate appointedOn;
    private LocalDate endsOn;
    private String documentNumber;

    // the assessment dialog
    private LocalDate assessedOn;
    private BigDecimal score;
    private boolean passed = true;
    private String assessor;

    // the education dialog
    private ActivityKind kind = ActivityKind.TRAINING;
    private String activityTitle;
    private String provider;
    private LocalDate completedOn;
    private BigDecimal hours;
    private boolean activityPassed = true;
    private String creditRule;

    /** viewAction: the profile of the professional named by ?id= (nothing for a new record). */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback() || id == null) {
            return;
        }
        try {
            refresh();
        } catch (DomainException e) {
            profile = null;
        }
    }

    private void refresh() {
        profile = certification.profile(id);
        activities = education.activities(id);
    }

    private void attempt(String dialog, Supplier<String> call) {
        Messages.attempt(() -> {
            String done = call.get();
            refresh();
            Messages.info(done);
            PrimeFaces.current().executeScript("PF('" + dialog + "').hide()");
        });
    }

    public void startCertificate() {
        level = CertificateLevel.ASSISTANT;
        number = null;
        issuedOn = null;
        examYear = null;
        authority = null;
    }

    public void addCertificate() {
        attempt("certificateDialog", () -> {
            certification.addCertificate(new CertificateForm(id, level, number, examYear == null ? 0 : examYear,
                    issuedOn, authority));
            return "certification.certificate.added";
        });
    }

    public void startAct(CertificateView c, RegistrationView r) {
        certificate = c;
        registration = r;
        nextStatus = r == null ? null : r.status().next().stream().findFirst().orElse(null);
        actOn = LocalDate.now();
    }

    public void apply() {
        attempt("applyDialog", () -> {
            certification.apply(certificate.id(), certificate.version(), actOn);
            return "certification.registration.filed";
        });
    }

    public void advance() {
        attempt("advanceDialog", () -> {
            certification.advance(registration.id(), registration.version(), nextStatus, actOn);
            return "certification.registration.advanced";
        });
    }

    public void revoke() {
        attempt("revokeDialog", () -> {
            certification.revoke(certificate.id(), certificate.version(), actOn);
            return "certification.certificate.revoked";
        });
    }

    public List<RegistrationStatus> getNextStatuses() {
        return registration == null ? List.of() : List.copyOf(registration.status().next());
    }

    public void startAppointment() {
        titleLevel = profile != null && profile.eligibleTitle() != null ? profile.eligibleTitle() : TitleLevel.ASSISTANT;
        employer = null;
        appointedOn = LocalDate.now();
        endsOn = null;
        documentNumber = null;
    }

    public void recordAppointment() {
        attempt("appointmentDialog", () -> {
            certification.recordAppointment(new AppointmentForm(id, titleLevel, employer, appointedOn, endsOn,
                    documentNumber));
            return "certification.appointment.recorded";
        });
    }

    public void startAssessment() {
        assessedOn = LocalDate.now();
        score = null;
        passed = true;
        assessor = null;
    }

    public void recordAssessment() {
        attempt("assessmentDialog", () -> {
            certification.recordAssessment(new AssessmentForm(id, assessedOn, score, passed, assessor));
            return "certification.assessment.recorded";
        });
    }

    public void startActivity() {
        kind = ActivityKind.TRAINING;
        activityTitle = null;
        provider = null;
        completedOn = null;
        hours = null;
        activityPassed = true;
        creditRule = null;
    }

    public void recordActivity() {
        attempt("activityDialog", () -> {
            education.record(new EducationForm(id, kind, activityTitle, provider, completedOn,
                    kind == ActivityKind.TRAINING ? hours : null, kind != ActivityKind.TRAINING || activityPassed,
                    kind == ActivityKind.PAPER || kind == ActivityKind.COURSEWORK ? creditRule : null));
            return "education.activity.recorded";
        });
    }

    public List<String> getCreditRules() {
        return education.creditRules();
    }

    public List<CertificateLevel> getLevels() {
        return Arrays.asList(CertificateLevel.values());
    }

    public List<TitleLevel> getTitleLevels() {
        return Arrays.asList(TitleLevel.values());
    }

    public List<ActivityKind> getKinds() {
        return Arrays.asList(ActivityKind.values());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CertificationProfile getProfile() {
        return profile;
    }

    public List<EducationView> getActivities() {
        return activities;
    }

    public CertificateLevel getLevel() {
        return level;
    }

    public void setLevel(CertificateLevel level) {
        this.level = level;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Integer getExamYear() {
        return examYear;
    }

    public void setExamYear(Integer examYear) {
        this.examYear = examYear;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public String getAuthority() {
        return authority;
    }

    public void setAuthority(String authority) {
        this.authority = authority;
    }

    public CertificateView getCertificate() {
        return certificate;
    }

    public RegistrationView getRegistration() {
        return registration;
    }

    public RegistrationStatus getNextStatus() {
        return nextStatus;
    }

    public void setNextStatus(RegistrationStatus nextStatus) {
        this.nextStatus = nextStatus;
    }

    public LocalDate getActOn() {
        return actOn;
    }

    public void setActOn(LocalDate actOn) {
        this.actOn = actOn;
    }

    public TitleLevel getTitleLevel() {
        return titleLevel;
    }

    public void setTitleLevel(TitleLevel titleLevel) {
        this.titleLevel = titleLevel;
    }

    public String getEmployer() {
        return employer;
    }

    public void setEmployer(String employer) {
        this.employer = employer;
    }

    public LocalDate getAppointedOn() {
        return appointedOn;
    }

    public void setAppointedOn(LocalDate appointedOn) {
        this.appointedOn = appointedOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }

    public BigDecimal getScore() {
        return score;
    }

    public void setScore(BigDecimal score) {
        this.score = score;
    }

    public boolean isPassed() {
        return passed;
    }

    public void setPassed(boolean passed) {
        this.passed = passed;
    }

    public String getAssessor() {
        return assessor;
    }

    public void setAssessor(String assessor) {
        this.assessor = assessor;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public void setKind(ActivityKind kind) {
        this.kind = kind;
    }

    public String getActivityTitle() {
        return activityTitle;
    }

    public void setActivityTitle(String activityTitle) {
        this.activityTitle = activityTitle;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public void setCompletedOn(LocalDate completedOn) {
        this.completedOn = completedOn;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public boolean isActivityPassed() {
        return activityPassed;
    }

    public void setActivityPassed(boolean activityPassed) {
        this.activityPassed = activityPassed;
    }

    public String getCreditRule() {
        return creditRule;
    }

    public void setCreditRule(String creditRule) {
        this.creditRule = creditRule;
    }
}
