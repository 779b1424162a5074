package org.unionworks.web.education;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.primefaces.PrimeFaces;
import org.unionworks.certification.model.CertificateLevel;
import org.unionworks.education.application.TrainingService;
import org.unionworks.education.application.TrainingViews.CourseForm;
import org.unionworks.education.application.TrainingViews.CourseView;
import org.unionworks.education.application.TrainingViews.ProviderForm;
import org.unionworks.education.application.TrainingViews.ProviderView;
import org.unionworks.education.model.ProviderKind;
import org.unionworks.organization.application.OrgUnitService;
import org.unionworks.organization.application.OrgUnitView;
import org.unionworks.shared.model.ChinaTime;
import org.unionworks.web.shell.Messages;

/** Continuing-education providers and the year's courses of the caller's area, with forms to add either. */
@Named
@ViewScoped
public class TrainingView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int YEARS_SHOWN = 6;

    @Inject
    transient TrainingService training;

    @Inject
    transient OrgUnitService orgUnits;

    private int year = LocalDate.now(ChinaTime.ZONE).getYear();
    private List<ProviderView> providers = List.of();
    private List<CourseView> courses = List.of();

    private String providerName;
    private ProviderKind providerKind = ProviderKind.UNION_COLLEGE;
    private String providerCreditCode;

    private Long courseProviderId;
    private OrgUnitView organiser;
    private String title;
    private String topic;
    private CertificateLevel targetLevel;
    private BigDecimal hours;
    private LocalDate startsOn;
    private LocalDate endsOn;

    @PostConstruct
    void init() {
        providers = training.providers();
        courses = training.courses(year);
    }

    public void changeYear() {
        courses = training.courses(year);
    }

    public void newCourse() {
        organiser = orgUnits.scopeRoot();
        courseProviderId = null;
        title = null;
        topic = null;
        targetLevel = null;
        hours = null;
        startsOn = null;
        endsOn = null;
    }

    public void registerProvider() {
        ProviderForm form = new ProviderForm(providerName, providerKind, providerCreditCode);
        if (Messages.attempt(() -> Messages.info("training.provider.registered",
                training.registerProvider(form).name())) == Messages.Outcome.DONE) {
            providers = training.providers();
            providerName = null;
            providerCreditCode = null;
        }
    }

    public void addCourse() {
        CourseForm form = new CourseForm(courseProviderId, organiser == null ? null : organiser.id(), title, topic,
                targetLevel, hours, startsOn, endsOn);
        if (Messages.attempt(() -> Messages.info("training.course.added", training.addCourse(form).title()))
                == Messages.Outcome.DONE) {
            courses = training.courses(year);
            PrimeFaces.current().executeScript("PF('courseDialog').hide()");
        }
    }

    public List<Integer> getYears() {
        int now = LocalDate.now(ChinaTime.ZONE).getYear();
        return IntStream.rangeClosed(0, YEARS_SHOWN).mapToObj(i -> now + 1 - i).toList();
    }

    public ProviderKind[] getProviderKinds() {
        return ProviderKind.values();
    }

    public CertificateLevel[] getLevels() {
        return CertificateLevel.values();
    }

    public List<ProviderView> getProviders() {
        return providers;
    }

    public List<CourseView> getCourses() {
        return courses;
    }

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public String getProviderName() { return providerName; }
    public void setProviderName(String v) { providerName = v; }
    public ProviderKind getProviderKind() { return providerKind; }
    public void setProviderKind(ProviderKind v) { providerKind = v; }
    public String getProviderCreditCode() { return providerCreditCode; }
    public void setProviderCreditCode(String v) { providerCreditCode = v; }
    public Long getCourseProviderId() { return courseProviderId; }
    public void setCourseProviderId(Long v) { courseProviderId = v; }
    public OrgUnitView getOrganiser() { return organiser; }
    public void setOrganiser(OrgUnitView v) { organiser = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getTopic() { return topic; }
    public void setTopic(String v) { topic = v; }
    public CertificateLevel getTargetLevel() { return targetLevel; }
    public void setTargetLevel(CertificateLevel v) { targetLevel = v; }
    public BigDecimal getHours() { return hours; }
    public void setHours(BigDecimal v) { hours = v; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate v) { startsOn = v; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate v) { endsOn = v; }
}
