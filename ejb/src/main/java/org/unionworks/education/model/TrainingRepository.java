package org.unionworks.education.model;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.unionworks.certification.model.CertificateLevel;
import org.unionworks.organization.model.CreditCode;
import org.unionworks.organization.model.OrgScope;

/** Providers (national reference data) and courses (within the organiser's scope) of continuing education. */
public interface TrainingRepository {

    /** Every provider, by name. */
    List<TrainingProvider> providers();

    Optional<TrainingProvider> provider(long id);

    boolean providerNameTaken(String name);

    boolean creditCodeTaken(CreditCode code);

    void add(TrainingProvider provider);

    /** Courses organised within the scope that run in the given year (any day of it), latest first. */
    List<TrainingCourse> courses(OrgScope scope, int year, int max);

    Optional<TrainingCourse> course(OrgScope scope, long id);

    /** Courses organised within the scope that ended in the period (both days included), latest first. */
    List<TrainingCourse> coursesEnded(OrgScope scope, LocalDate from, LocalDate to, int max);

    void add(TrainingCourse course);

    /** Attendances recorded per course, for the given courses. */
    Map<Long, Long> attendanceCounts(Collection<Long> courseIds);

    /** The attendance of the course on the professional's record; call only when {@link #attendees} says so. */
    EducationRecord attendance(long courseId, long professionalId);

    /** Of the given professionals, those with an attendance of the course on record. */
    Set<Long> attendees(long courseId, Collection<Long> professionalIds);

    /** Plans of bodies within the scope for the year, in tree order, all levels first. */
    List<TrainingPlan> plans(OrgScope scope, int year);

    Optional<TrainingPlan> plan(OrgScope scope, long id);

    /** The plan of a body for a year and level (null: all levels), if there is one. */
    Optional<TrainingPlan> plan(long orgUnitId, int year, CertificateLevel level);

    void add(TrainingPlan plan);

    /**
     * What the subtree of each plan of {@code year} in the scope delivered: courses its body's subtree organised that
     * started in the year, meant for the plan's level (any course for an all-levels plan), the people who passed
     * them and their hours. Two grouped statements however many plans, by plan id; a plan with nothing delivered is
     * absent.
     */
    Map<Long, TrainingDelivery> delivered(OrgScope scope, int year);

    /** The same for one plan. */
    TrainingDelivery delivered(TrainingPlan plan);
}
