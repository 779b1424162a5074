package org.unionworks.education.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.unionworks.certification.model.CreditHours;
import org.unionworks.education.application.TrainingViews.CourseForm;
import org.unionworks.education.application.TrainingViews.CourseView;
import org.unionworks.education.application.TrainingViews.PlanForm;
import org.unionworks.education.application.TrainingViews.PlanView;
import org.unionworks.education.application.TrainingViews.ProviderForm;
import org.unionworks.education.application.TrainingViews.ProviderView;
import org.unionworks.education.model.TrainingCourse;
import org.unionworks.education.model.TrainingDelivery;
import org.unionworks.education.model.TrainingPlan;
import org.unionworks.education.model.TrainingProvider;
import org.unionworks.education.model.TrainingRepository;
import org.unionworks.organization.model.CreditCode;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.organization.model.OrgUnit;
import org.unionworks.organization.model.OrgUnitRepository;
import org.unionworks.security.application.AuditFailures;
import org.unionworks.security.application.AuditTrail;
import org.unionworks.security.application.CurrentCaller;
import org.unionworks.security.model.AuditAction;
import org.unionworks.security.model.AuditDetail;
import org.unionworks.security.model.AuditOutcome;
import org.unionworks.security.model.Roles;
import org.unionworks.shared.model.ConcurrentEditException;
import org.unionworks.shared.model.DomainException;
import org.unionworks.shared.model.NotFoundException;

@Stateless
@Interceptors(AuditFailures.class)
public class DefaultTrainingService implements TrainingService {

    static final String PROVIDER = "TrainingProvider";
    static final String COURSE = "TrainingCourse";
    static final String PLAN = "TrainingPlan";
    /** A year's courses of one scope fit on a page; a province runs a few hundred. */
    static final int MAX_COURSES = 1000;

    @Inject
    TrainingRepository training;

    @Inject
    OrgUnitRepository units;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @PersistenceContext(unitName = "unionworks")
    EntityManager em;

    @Override
    @RolesAllowed(Roles.UNION_OFFICIAL)
    public ProviderView registerProvider(ProviderForm form) {
        CreditCode code = form.creditCode() == null || form.creditCode().isBlank() ? null
                : CreditCode.parse(form.creditCode());
        TrainingProvider provider = new TrainingProvider(form.name(), form.kind(), code, caller.get().username());
        if (training.providerNameTaken(provider.getName())) {
            throw new DomainException("training.provider.name.taken", "provider name on record", provider.getName());
        }
        if (code != null && training.creditCodeTaken(code)) {
            throw new DomainException("training.provider.creditCode.taken", "credit code on record", code.value());
        }
        training.add(provider);
        em.flush();
        audit.record(AuditAction.TRAINING_PROVIDER_CREATED, PROVIDER, provider.getId(), AuditOutcome.SUCCESS,
                AuditDetail.of("trainingProviderCreated", provider.getName()));
        return ProviderView.of(provider);
    }

    @Override
    @RolesAllowed({Roles.UNION_OFFICIAL, Roles.LABOR_DEPT, Roles.FINANCE})
    public List<ProviderView> providers() {
        return training.providers().stream().map(ProviderView::of).toList();
    }

    @Override
    @RolesAllowed(Roles.UNION_OFFICIAL)
    public CourseView addCourse(CourseForm form) {
        OrgScope scope = caller.scope();
        TrainingProvider provider = training.provider(form.providerId())
                .orElseThrow(() -> new NotFoundException(PROVIDER, form.providerId()));
        OrgUnit organiser = units.find(scope, form.organiserId())
                .orElseThrow(() -> new NotFoundException("OrgUnit", form.organiserId()));
        CreditHours hours = hours(form.hours(), "training.course.hours.invalid");
        TrainingCourse course = new TrainingCourse(provider, organiser, form.title(), form.topic(),
                form.targetLevel(), hours, form.startsOn(), form.endsOn(), caller.get().username());
        training.add(course);
        em.flush();
        audit.record(AuditAction.TRAINING_COURSE_CREATED, COURSE, course.getId(), AuditOutcome.SUCCESS,
                AuditDetail.of("trainingCourseCreated", course.getTitle(), provider.getName(), organiser.getId()));
        return CourseView.of(course, 0);
    }

    @Override
    @RolesAllowed({Roles.UNION_OFFICIAL, Roles.LABOR_DEPT, Roles.FINANCE})
    public List<CourseView> courses(int year) {
        List<TrainingCourse> courses = training.courses(caller.scope(), year, MAX_COURSES);
        Map<Long, Long> attended = training.attendanceCounts(courses.stream().map(TrainingCourse::getId).toList());
        return courses.stream().map(c -> CourseView.of(c, attended.getOrDefault(c.getId(), 0L))).toList();
    }

    @Override
    @RolesAllowed({Roles.UNION_OFFICIAL, Roles.LABOR_DEPT, Roles.FINANCE})
    public CourseView course(long id) {
        TrainingCourse course = training.course(caller.scope(), id).orElseThrow(() -> new NotFoundException(COURSE, id));
        return CourseView.of(course, training.attendanceCounts(List.of(id)).getOrDefault(id, 0L));
    }

    @Override
    @RolesAllowed(Roles.UNION_OFFICIAL)
    public PlanView savePlan(PlanForm form) {
        OrgUnit unit = units.find(caller.scope(), form.orgUnitId())
                .orElseThrow(() -> new NotFoundException("OrgUnit", form.orgUnitId()));
        CreditHours hours = hours(form.plannedHours(), "training.plan.hours.invalid");
        String by = caller.get().username();
        // saves of one body's plans take turns: the unique key alone does not hold for "all levels" off Oracle
        em.lock(unit, LockModeType.PESSIMISTIC_WRITE);
        TrainingPlan plan = training.plan(unit.getId(), form.year(), form.targetLevel()).orElse(null);
        if (plan == null) {
            if (form.version() != null) {
                throw new ConcurrentEditException(PLAN, form.orgUnitId());
            }
            plan = new TrainingPlan(unit, form.year(), form.targetLevel(), form.plannedPeople(), hours, by);
            training.add(plan);
        } else {
            if (form.version() == null || form.version() != plan.getVersion()) {
                throw new ConcurrentEditException(PLAN, plan.getId());
            }
            plan.change(form.plannedPeople(), hours, by);
        }
        em.flush();
        audit.record(AuditAction.TRAINING_PLAN_SAVED, PLAN, plan.getId(), AuditOutcome.SUCCESS,
                AuditDetail.of("trainingPlanSaved", unit.getId(), form.year(), form.plannedPeople(),
                        hours.value().toPlainString()));
        return PlanView.of(plan, training.delivered(plan));
    }

    /** Hours as a form gave them; not half hours or negative: the form's message under {@code key}. */
    private static CreditHours hours(java.math.BigDecimal value, String key) {
        try {
            return CreditHours.of(value);
        } catch (IllegalArgumentException e) {
            throw new DomainException(key, e.getMessage(), TrainingCourse.MAX_HOURS.value().toPlainString());
        }
    }

    @Override
    @RolesAllowed({Roles.UNION_OFFICIAL, Roles.LABOR_DEPT, Roles.FINANCE})
    public List<PlanView> plans(int year) {
        List<TrainingPlan> plans = training.plans(caller.scope(), year);
        Map<Long, TrainingDelivery> delivered = training.delivered(caller.scope(), year);
        return plans.stream()
                .map(p -> PlanView.of(p, delivered.getOrDefault(p.getId(), TrainingDelivery.NONE)))
                .toList();
    }
}
