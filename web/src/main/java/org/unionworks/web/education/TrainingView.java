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
import org.unionworks.education.application.TrainingViews.PlanForm;
import org.unionworks.education.application.TrainingViews.PlanView;
import org.unionworks.education.application.TrainingViews.ProviderForm;
import org.unionworks.education.application.TrainingViews.ProviderView;
import org.unionworks.education.model.ProviderKind;
import org.unionworks.education.model.TrainingCourse;
import org.unionworks.organization.application.OrgUnitService;
import org.unionworks.organization.application.OrgUnitView;
import org.unionworks.shared.model.ChinaTime;
import org.unionworks.web.shell.Messages;

/** Continuing-education providers, the year's courses and plans of the caller's area, with their forms. */
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
    private List<PlanView> plans = List.of();

    private OrgUnitView planUnit;
    private CertificateLevel planLevel;
    private Integer planPeople;
    private BigDecimal planHours;
    private Long planVersion;

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
        changeYear();
        planUnit = orgUnits.scopeRoot();
    }

    public void changeYear() {
        courses = training.courses(year);
        plans = training.plans(year);
    }

    /** Fills the plan form with a plan of the table, to change its targets. */
    public void editPlan(PlanView plan) {
        planUnit = orgUnits.get(plan.orgUnitId());
        planLevel = plan.targetLevel();
        planPeople = plan.plannedPeople();
        planHours = plan.plannedHours();
        planVersion = plan.version();
    }

    public void savePlan() {
        PlanForm form = new PlanForm(planUnit == null ? null : planUnit.id(), year, planLevel,
                planPeople == null ? 0 : planPeople, planHours, planVersion);
        if (Messages.attempt(() -> Messages.info("training.plan.saved", training.savePlan(form).orgUnitName()))
                == Messages.Outcome.DONE) {
            plans = training.plans(year);
            planVersion = null;
            planPeople = null;
            planHours = null;
        }
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
            changeYear();
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

    /** The most hours a course or a plan's person may have: the forms' limit is the rule's. */
    public BigDecimal getMaxHours() {
        return TrainingCourse.MAX_HOURS.value();
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

    public List<PlanView> getPlans() {
        return plans;
    }

    public OrgUnitView getPlanUnit() { return planUnit; }
    public void setPlanUnit(OrgUnitView v) { planUnit = v; }
    public CertificateLevel getPlanLevel() { return planLevel; }
    public void setPlanLevel(CertificateLevel v) { planLevel = v; }
    public Integer getPlanPeople() { return planPeople; }
    public void setPlanPeople(Integer v) { planPeople = v; }
    public BigDecimal getPlanHours() { return planHours; }
    public void setPlanHours(BigDecimal v) { planHours = v; }
    public Long getPlanVersion() { return planVersion; }

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
